using System.Net;
using WellnessConnection.Tests.Hosting.GraphQLHttp;
using static WellnessConnection.Tests.Hosting.GraphQLHttp.GraphQLHttpHost;
using static WellnessConnection.Tests.Hosting.GraphQLHttp.GraphQLResponseAssert;

namespace WellnessConnection.Tests.Hosting.Protection;

/// <summary>The limits must never refuse what the README shows: its queries, copied as they are written
/// there.</summary>
public sealed class ReadmeQueryTests(EndpointApiFactory factory) : IClassFixture<EndpointApiFactory>
{
    private const string PartnerListing = """
        query PartnerListing($topic: String!, $after: String) {
          upcomingSessions(first: 20, after: $after, where: { topics: { some: { slug: { eq: $topic } } } }) {
            nodes {
              id slug title summary status
              startsAt endsAt timeZone
              displayTime                                  # "Tues., Dec. 5, 2023, 7 PM ET"
              viewerTime: displayTime(timeZone: "America/Vancouver")
              registrationUrl
              facilitators { name }
              topics { slug name }
              series { title } part
            }
            pageInfo { hasNextPage endCursor }
            totalCount
          }
        }
        """;

    private const string FrontEndPages = """
        {
          session(slug: "sleep-part-1") {
            title displayTime status isPast registrationUrl
            body { html headings { level text anchor } readingTimeMinutes }
            facilitators { name credentials }
            series { title parts { slug title part } }
          }
          topic(slug: "sleep") {
            name body { html }
            sessions(first: 10, order: [{ startsAt: DESC }]) { nodes { slug title displayTime } }
            resources { title kind url }
          }
          crisisLines(region: QC, locale: FR) {
            name language phone text url hours languages source lastVerified isStale
          }
          page(slug: "faq") { title body { html } }
          search(query: "sleep shift", first: 5) {
            score snippet                                  # safe HTML, matches in <mark>
            node { __typename id ... on Session { title } ... on Topic { name } }
          }
        }
        """;

    [Fact]
    public async Task The_curl_post_example_runs_without_errors()
    {
        using var response = await factory.PostAsync(
            new { query = "{ upcomingSessions(first: 5) { nodes { title displayTime facilitators { name } } } }" }
        );

        await AssertNoErrorsAsync(response);
    }

    [Fact]
    public async Task The_curl_get_example_runs_without_errors()
    {
        using var response = await factory.GetAsync(
            Query(("query", "{ page(slug: \"get-support-now\") { title body { html } } }"))
        );

        await AssertNoErrorsAsync(response);
    }

    [Theory]
    [InlineData("sleep", null)]
    [InlineData("self-care", "d2M6MA==")]
    public async Task The_partner_listing_runs_without_errors(string topic, string? after)
    {
        using var response = await factory.PostAsync(new { query = PartnerListing, variables = new { topic, after } });

        await AssertNoErrorsAsync(response);
    }

    [Fact]
    public async Task The_front_end_pages_query_runs_without_errors()
    {
        using var response = await factory.PostAsync(new { query = FrontEndPages });

        await AssertNoErrorsAsync(response);
    }

    [Fact]
    public async Task A_graphql_ides_introspection_query_runs_without_errors()
    {
        using var response = await factory.PostAsync(new { query = IntrospectionQuery.Text });

        await AssertNoErrorsAsync(response);
    }

    private static async Task AssertNoErrorsAsync(HttpResponseMessage response)
    {
        var body = await BodyAsync(response);
        Assert.False(body.TryGetProperty("errors", out var errors), errors.ToString());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
