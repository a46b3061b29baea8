using WellnessConnection.Hosting.Protection;
using WellnessConnection.Tests.Hosting.GraphQLHttp;
using static WellnessConnection.Tests.Hosting.GraphQLHttp.GraphQLHttpHost;

namespace WellnessConnection.Tests.Hosting.Protection;

public sealed class SecurityHeadersTests(EndpointApiFactory factory) : IClassFixture<EndpointApiFactory>
{
    [Theory]
    [InlineData("/graphql?query=%7B%20contentVersion%20%7D")]
    [InlineData("/graphql")]
    [InlineData("/no-such-page")]
    public async Task Api_responses_forbid_sniffing_referrers_framing_and_active_content(string path)
    {
        using var response = await factory.SendAsync(new HttpRequestMessage(HttpMethod.Get, path));

        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.Equal(SecurityHeadersMiddleware.ApiContentSecurityPolicy, Header(response, "Content-Security-Policy"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
    }

    [Fact]
    public async Task Embed_pages_are_left_to_set_their_own_framing_and_content_policy()
    {
        using var response = await factory.SendAsync(
            new HttpRequestMessage(HttpMethod.Get, "/embed/sessions?topic=sleep")
        );

        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.NotEqual("DENY", Header(response, "X-Frame-Options"));
        Assert.NotEqual(
            SecurityHeadersMiddleware.ApiContentSecurityPolicy,
            Header(response, "Content-Security-Policy")
        );
    }

    [Fact]
    public async Task Introspection_is_answered_by_default()
    {
        using var response = await factory.GetAsync(Query(("query", "{ __schema { queryType { name } } }")));

        Assert.Contains("\"Query\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : null;
}
