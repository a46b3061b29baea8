using System.Net;
using static WellnessConnection.Tests.Hosting.GraphQLHttp.GraphQLResponseAssert;

namespace WellnessConnection.Tests.Hosting.GraphQLHttp;

public sealed class GraphQLHttpPostTests(GraphQLHttpHost host) : IClassFixture<GraphQLHttpHost>
{
    [Fact]
    public async Task A_json_post_runs_the_query()
    {
        using var response = await host.PostAsync(new { query = "{ hello }" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await BodyAsync(response);
        Assert.Equal("Hello, world!", Data(body, "hello"));
        Assert.False(body.TryGetProperty("errors", out _));
    }

    [Theory]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("application/json;charset=UTF-8")]
    [InlineData("application/json; charset=\"utf-8\"")]
    [InlineData("Application/JSON")]
    public async Task A_utf8_json_content_type_is_accepted_in_any_spelling(string contentType)
    {
        using var response = await host.PostRawAsync("""{"query":"{ hello(name: \"Zoë 🏃\") }"}""", contentType);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Hello, Zoë 🏃!", Data(await BodyAsync(response), "hello"));
    }

    [Fact]
    public async Task Variables_are_passed_to_the_operation()
    {
        using var response = await host.PostAsync(
            new { query = "query Greet($name: String) { hello(name: $name) }", variables = new { name = "Ada" } }
        );

        Assert.Equal("Hello, Ada!", Data(await BodyAsync(response), "hello"));
    }

    [Theory]
    [InlineData("First", "Hello, first!")]
    [InlineData("Second", "Hello, second!")]
    public async Task The_operation_name_selects_one_of_several_operations(string operationName, string expected)
    {
        using var response = await host.PostAsync(
            new
            {
                query = """query First { hello(name: "first") } query Second { hello(name: "second") }""",
                operationName,
            }
        );

        Assert.Equal(expected, Data(await BodyAsync(response), "hello"));
    }

    [Fact]
    public async Task Several_operations_without_an_operation_name_are_a_request_error()
    {
        using var response = await host.PostAsync(
            new { query = "query A { hello } query B { hello }" },
            "application/graphql-response+json"
        );

        await SingleErrorAsync(
            response,
            HttpStatusCode.BadRequest,
            "NO_OPERATION_NAME",
            "application/graphql-response+json"
        );
    }

    [Fact]
    public async Task An_unknown_operation_name_is_a_request_error()
    {
        using var response = await host.PostAsync(
            new { query = "query A { hello }", operationName = "B" },
            "application/graphql-response+json"
        );

        await SingleErrorAsync(
            response,
            HttpStatusCode.BadRequest,
            "INVALID_OPERATION_NAME",
            "application/graphql-response+json"
        );
    }

    [Fact]
    public async Task Null_optional_parameters_and_unknown_properties_are_ignored()
    {
        using var response = await host.PostRawAsync(
            """{"query":"{ hello }","operationName":null,"variables":null,"extensions":null,"qeury":1}""",
            "application/json"
        );

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Hello, world!", Data(await BodyAsync(response), "hello"));
    }

    [Fact]
    public async Task An_extensions_map_is_accepted()
    {
        using var response = await host.PostAsync(
            new { query = "{ hello }", extensions = new { persistedQuery = new { version = 1, sha256Hash = "abc" } } }
        );

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Mutations_are_refused_because_the_api_is_read_only()
    {
        using var response = await host.PostAsync(
            new { query = "mutation { touch }" },
            "application/graphql-response+json"
        );

        var error = await SingleErrorAsync(
            response,
            HttpStatusCode.BadRequest,
            "MUTATION_NOT_SUPPORTED",
            "application/graphql-response+json"
        );
        Assert.Contains("read-only", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Subscriptions_are_refused_over_http()
    {
        using var response = await host.PostAsync(
            new { query = "subscription { hello }" },
            "application/graphql-response+json"
        );

        await SingleErrorAsync(
            response,
            HttpStatusCode.BadRequest,
            "SUBSCRIPTION_NOT_SUPPORTED",
            "application/graphql-response+json"
        );
    }
}
