using WellnessConnection.Hosting.Caching;
using WellnessConnection.Tests.GraphQL;
using WellnessConnection.Tests.Hosting.LiveContent;
using WellnessConnection.Tests.Hosting.Operations;

namespace WellnessConnection.Tests.Hosting.Caching;

/// <summary>
/// Every response computed from content says which public version it was read from, in <c>X-Content-Version</c>
/// and in its request log line, so that an operator or a proxy can tell which content a replica served; a kept
/// (cached) answer says the version it was computed from.
/// </summary>
public sealed class ContentVersionHeaderTests(OperationsFactory factory) : IClassFixture<OperationsFactory>
{
    private const string VersionQuery = "/graphql?query=%7B%20contentVersion%20%7D";

    [Theory]
    [InlineData(VersionQuery)]
    [InlineData("/feeds/sessions.ics")]
    [InlineData("/feeds/sessions.atom")]
    [InlineData("/embed/sessions")]
    [InlineData("/sessions/example-sleep-part-2.ics")]
    public async Task A_response_computed_from_content_names_its_version(string path)
    {
        var client = factory.CreateClient();
        var version = (await client.DataAsync("{ contentVersion }"))["contentVersion"]!.GetValue<string>();

        using var response = await client.GetAsync(path);

        Assert.True(response.IsSuccessStatusCode, path);
        Assert.Equal(version, response.Headers.GetValues(ContentResponseHeaders.ContentVersion).Single());
    }

    [Fact]
    public async Task A_kept_answer_names_the_version_it_was_computed_from()
    {
        var client = factory.CreateClient();
        using var first = await client.GetAsync(VersionQuery);
        using var second = await client.GetAsync(VersionQuery);
        using var third = await client.GetAsync(VersionQuery);

        Assert.Equal(
            first.Headers.GetValues(ContentResponseHeaders.ContentVersion).Single(),
            third.Headers.GetValues(ContentResponseHeaders.ContentVersion).Single()
        );
    }

    [Theory]
    [InlineData("/healthz")]
    [InlineData("/embed/v1/sessions.js")]
    public async Task A_response_that_read_no_content_has_no_version(string path)
    {
        using var response = await factory.CreateClient().GetAsync(path);

        Assert.False(response.Headers.Contains(ContentResponseHeaders.ContentVersion), path);
    }

    [Fact]
    public async Task The_request_log_line_names_the_version()
    {
        var client = factory.CreateClient();
        using var response = await client.GetAsync("/feeds/sessions.atom?lang=fr");
        var version = response.Headers.GetValues(ContentResponseHeaders.ContentVersion).Single();

        var logged = await Polling.UntilAsync(
            () =>
                Task.FromResult(
                    factory.Logs.Records.LastOrDefault(r =>
                        r.Category.EndsWith("RequestLogMiddleware", StringComparison.Ordinal)
                        && (string?)r.Values["Path"] == "/feeds/sessions.atom"
                    )
                ),
            r => r is not null
        );

        Assert.Equal(version, logged!.Values["ContentVersion"]);
    }
}
