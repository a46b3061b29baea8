using System.Net;
using System.Text.Json.Nodes;
using WellnessConnection.Tests.GraphQL;

namespace WellnessConnection.Tests.Hosting.Protection;

/// <summary>
/// The security headers are on every response: a 500 used to carry none of them, and neither did GraphiQL's page
/// nor its files opened directly.
/// </summary>
public sealed class FailureHeadersTests
{
    [Fact]
    public async Task A_500_carries_the_security_headers_and_no_detail_of_the_failure()
    {
        await using var server = new BrokenIndexFactory();

        using var response = await server.CreateClient().GetAsync("/feeds/sessions.ics");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        AssertSecurityHeaders(response);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal("INTERNAL_SERVER_ERROR", (string?)JsonNode.Parse(body)!["errors"]![0]!["extensions"]!["code"]);
        Assert.DoesNotContain(BrokenIndexFactory.Detail, body, StringComparison.Ordinal);
        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    [Theory]
    [InlineData("/graphiql/index.html")]
    [InlineData("/graphiql/graphiql.min.js")]
    public async Task GraphiQLs_files_carry_the_security_headers_and_its_own_policy(string path)
    {
        await using var server = new ContentApiFactory();

        using var response = await server.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertSecurityHeaders(response);
        Assert.Contains(
            "script-src 'self'",
            response.Headers.GetValues("Content-Security-Policy").Single(),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task GraphiQLs_page_carries_the_security_headers()
    {
        await using var server = new ContentApiFactory();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd("text/html");

        using var response = await server.CreateClient().SendAsync(request);

        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        AssertSecurityHeaders(response);
    }

    private static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains(
            "frame-ancestors 'none'",
            response.Headers.GetValues("Content-Security-Policy").Single(),
            StringComparison.Ordinal
        );
    }
}
