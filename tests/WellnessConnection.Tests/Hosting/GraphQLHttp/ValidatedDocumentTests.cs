using System.Net;
using static WellnessConnection.Tests.Hosting.GraphQLHttp.GraphQLResponseAssert;

namespace WellnessConnection.Tests.Hosting.GraphQLHttp;

/// <summary>A document validated once is not validated again; what depends on each request still is.</summary>
public sealed class ValidatedDocumentTests(EndpointApiFactory factory) : IClassFixture<EndpointApiFactory>
{
    private const string GraphQLResponse = "application/graphql-response+json";

    private const string Nested = """
        query Nested($n: Int) {
          topics(first: $n) { nodes { sessions(first: $n) { nodes {
            facilitators { sessions(first: $n) { nodes { title } } } } } } }
        }
        """;

    [Fact]
    public async Task A_known_document_is_still_weighed_with_each_requests_variables()
    {
        using var small = await factory.PostAsync(new { query = Nested, variables = new { n = 1 } }, GraphQLResponse);
        using var again = await factory.PostAsync(new { query = Nested, variables = new { n = 2 } }, GraphQLResponse);
        using var huge = await factory.PostAsync(new { query = Nested, variables = new { n = 100 } }, GraphQLResponse);

        Assert.Equal(HttpStatusCode.OK, small.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        await SingleErrorAsync(huge, HttpStatusCode.BadRequest, "QUERY_TOO_COMPLEX", GraphQLResponse);
    }
}
