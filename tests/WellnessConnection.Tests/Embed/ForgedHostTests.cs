using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WellnessConnection.Hosting.Settings;
using WellnessConnection.Http;
using WellnessConnection.Tests.GraphQL;

namespace WellnessConnection.Tests.Embed;

/// <summary>
/// Absolute URLs in cached public responses come from <c>PublicAddress:BaseUrl</c>. Built from the request's
/// <c>Host</c>, one request with <c>Host: evil.example</c> put that host in links every reader then got from the
/// cache for 300 s.
/// </summary>
public sealed class ForgedHostTests
{
    private const string Forged = "evil.example";

    public static TheoryData<string> Pages =>
        new()
        {
            "/embed/sessions?topic=sleep",
            "/oembed?url=" + Uri.EscapeDataString("https://api.wellness.example.org/embed/sessions?topic=sleep"),
            "/feeds/sessions.atom",
        };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task An_unknown_host_is_refused(string path)
    {
        await using var server = new ContentApiFactory();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Host = Forged;

        using var response = await server.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(Forged, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Where_every_host_is_let_in_links_still_use_the_public_address(string path)
    {
        await using var server = new AnyHostFactory();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Host = Forged;

        using var response = await server.CreateClient().SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(Forged, body, StringComparison.Ordinal);
        Assert.Contains("https://api.wellness.example.org/", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ftp://api.example.org")]
    [InlineData("https://api.example.org/?x=1")]
    [InlineData("api.example.org")]
    public void A_base_url_that_is_not_an_http_address_stops_the_start(string baseUrl)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["PublicAddress:BaseUrl"] = baseUrl })
            .Build();
        using var services = new ServiceCollection().AddPublicAddress(configuration).BuildServiceProvider();
        using var error = new StringWriter();

        Assert.False(StartupSettings.AreValid(services, error));

        Assert.Contains(
            "PublicAddress:BaseUrl must be an absolute http or https URL",
            error.ToString(),
            StringComparison.Ordinal
        );
    }

    private sealed class AnyHostFactory : ContentApiFactory
    {
        protected override IEnumerable<KeyValuePair<string, string>> Settings =>
            [new("AllowedHosts", "*"), new("PublicAddress:BaseUrl", "https://api.wellness.example.org")];
    }
}
