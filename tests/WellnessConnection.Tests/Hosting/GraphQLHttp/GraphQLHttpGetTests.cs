using System.Net;
using static WellnessConnection.Tests.Hosting.GraphQLHttp.GraphQLHttpHost;
using static WellnessConnection.Tests.Hosting.GraphQLHttp.GraphQLResponseAssert;

namespace WellnessConnection.Tests.Hosting.GraphQLHttp;

public sealed class GraphQLHttpGetTests(GraphQLHttpHost host) : IClassFixture<GraphQLHttpHost>
{
    [Fact]
    public async Task A_get_runs_the_query_from_the_query_string()
    {
        using var response = await host.GetAsync(Query(("query", "{ hello }")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Hello, world!", Data(await BodyAsync(response), "hello"));
    }

    [Fact]
    public async Task Get_variables_and_operation_name_are_read_from_the_query_string()
    {
        using var response = await host.GetAsync(
            Query(
                ("query", "query A { hello } query B($name: String) { hello(name: $name) }"),
                ("operationName", "B"),
                ("variables", """{"name":"Grace"}"""),
                ("extensions", """{"some":"value"}""")
            )
        );

        Assert.Equal("Hello, Grace!", Data(await BodyAsync(response), "hello"));
    }

    [Fact]
    public async Task Empty_optional_parameters_count_as_absent()
    {
        using var response = await host.GetAsync("query=%7B%20hello%20%7D&operationName=&variables=&extensions=");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Hello, world!", Data(await BodyAsync(response), "hello"));
    }

    [Theory]
    [InlineData("mutation { touch }")]
    [InlineData("subscription { hello }")]
    public async Task A_get_that_is_not_a_query_is_405_and_allows_post(string document)
    {
        using var response = await host.GetAsync(Query(("query", document)), "application/graphql-response+json");

        var error = await SingleErrorAsync(
            response,
            HttpStatusCode.MethodNotAllowed,
            "GET_REQUIRES_QUERY",
            "application/graphql-response+json"
        );
        Assert.Equal("POST", Assert.Single(response.Content.Headers.Allow));
        Assert.True(error.TryGetProperty("locations", out _));
    }

    [Fact]
    public async Task A_get_mutation_is_405_even_when_the_client_accepts_only_json()
    {
        using var response = await host.GetAsync(Query(("query", "mutation { touch }")), "application/json");

        await SingleErrorAsync(response, HttpStatusCode.MethodNotAllowed, "GET_REQUIRES_QUERY");
    }

    [Fact]
    public async Task The_operation_name_decides_whether_a_get_runs_a_query()
    {
        const string document = "query Read { hello } mutation Write { touch }";

        using var read = await host.GetAsync(Query(("query", document), ("operationName", "Read")));
        using var write = await host.GetAsync(Query(("query", document), ("operationName", "Write")));

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, write.StatusCode);
    }

    [Fact]
    public async Task A_get_without_a_query_is_400()
    {
        using var response = await host.GetAsync(Query(("operationName", "A")));

        await SingleErrorAsync(response, HttpStatusCode.BadRequest, "QUERY_MISSING");
    }

    [Theory]
    [InlineData("variables", "{not json")]
    [InlineData("extensions", "{not json")]
    public async Task Get_parameters_that_are_not_json_are_400(string parameter, string value)
    {
        using var response = await host.GetAsync(Query(("query", "{ hello }"), (parameter, value)));

        await SingleErrorAsync(response, HttpStatusCode.BadRequest, "JSON_INVALID");
    }

    [Theory]
    [InlineData("variables", "[1]")]
    [InlineData("variables", "\"name\"")]
    [InlineData("extensions", "7")]
    public async Task Get_parameters_that_are_not_json_objects_are_400(string parameter, string value)
    {
        using var response = await host.GetAsync(Query(("query", "{ hello }"), (parameter, value)));

        await SingleErrorAsync(response, HttpStatusCode.BadRequest, "INVALID_PARAMETER");
    }

    [Fact]
    public async Task A_repeated_get_parameter_is_400()
    {
        using var response = await host.GetAsync(Query(("query", "{ hello }"), ("query", "{ broken }")));

        await SingleErrorAsync(response, HttpStatusCode.BadRequest, "INVALID_PARAMETER");
    }

    [Fact]
    public async Task A_browser_opening_a_query_url_gets_the_json_its_wildcard_accepts()
    {
        using var response = await host.GetAsync(
            Query(("query", "{ hello }")),
            "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
        );

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }
}
