using System.Net;
using System.Text.Json;
using static WellnessConnection.Tests.Hosting.GraphQLHttp.GraphQLResponseAssert;

namespace WellnessConnection.Tests.Hosting.GraphQLHttp;

public sealed class GraphQLHttpErrorTests(GraphQLHttpHost host) : IClassFixture<GraphQLHttpHost>
{
    private const string GraphQLResponse = "application/graphql-response+json";
    private const string Json = "application/json";

    [Theory]
    [InlineData("""{ "not a JSON""")]
    [InlineData("")]
    [InlineData("{\"query\":\"{ hello }\"")]
    public async Task A_body_that_is_not_json_is_400(string body)
    {
        using var response = await host.PostRawAsync(body, Json, Json);

        await SingleErrorAsync(response, HttpStatusCode.BadRequest, "JSON_INVALID");
    }

    [Theory]
    [InlineData("""{"qeury":"{ hello }"}""")]
    [InlineData("""{"query":null}""")]
    [InlineData("""{}""")]
    public async Task A_body_without_a_query_is_400(string body)
    {
        using var response = await host.PostRawAsync(body, Json, Json);

        await SingleErrorAsync(response, HttpStatusCode.BadRequest, "QUERY_MISSING");
    }

    [Theory]
    [InlineData("""{"query":{"obj":"ect"}}""")]
    [InlineData("""{"query":0}""")]
    [InlineData("""{"query":false}""")]
    [InlineData("""{"query":["array"]}""")]
    [InlineData("""{"query":"{ hello }","operationName":0}""")]
    [InlineData("""{"query":"{ hello }","operationName":{"obj":"ect"}}""")]
    [InlineData("""{"query":"{ hello }","variables":"string"}""")]
    [InlineData("""{"query":"{ hello }","variables":0}""")]
    [InlineData("""{"query":"{ hello }","variables":false}""")]
    [InlineData("""{"query":"{ hello }","variables":["array"]}""")]
    [InlineData("""{"query":"{ hello }","extensions":"string"}""")]
    [InlineData("""{"query":"{ hello }","extensions":["array"]}""")]
    [InlineData("\"{ hello }\"")]
    public async Task Parameters_of_the_wrong_type_are_400(string body)
    {
        using var response = await host.PostRawAsync(body, Json);

        await SingleErrorAsync(response, HttpStatusCode.BadRequest, "INVALID_PARAMETER");
    }

    [Fact]
    public async Task A_batch_is_400()
    {
        using var response = await host.PostRawAsync("""[{"query":"{ hello }"}]""", Json);

        await SingleErrorAsync(response, HttpStatusCode.BadRequest, "BATCHED_REQUESTS_NOT_SUPPORTED");
    }

    [Fact]
    public async Task A_parse_error_is_400_with_a_code_and_a_location()
    {
        using var response = await host.PostAsync(new { query = "{ hello" }, GraphQLResponse);

        var error = await SingleErrorAsync(response, HttpStatusCode.BadRequest, "SYNTAX_ERROR", GraphQLResponse);
        var location = Assert.Single(error.GetProperty("locations").EnumerateArray());
        Assert.Equal(1, location.GetProperty("line").GetInt32());
        Assert.Equal(8, location.GetProperty("column").GetInt32());
    }

    [Fact]
    public async Task A_validation_error_is_400_with_a_code_and_a_location()
    {
        using var response = await host.PostAsync(new { query = "{\n  hello\n  nope\n}" }, GraphQLResponse);

        var error = await SingleErrorAsync(
            response,
            HttpStatusCode.BadRequest,
            "FIELDS_ON_CORRECT_TYPE",
            GraphQLResponse
        );
        var location = Assert.Single(error.GetProperty("locations").EnumerateArray());
        Assert.Equal(3, location.GetProperty("line").GetInt32());
        Assert.Equal(3, location.GetProperty("column").GetInt32());
    }

    [Fact]
    public async Task A_variable_that_cannot_be_coerced_is_a_400_request_error()
    {
        using var response = await host.PostAsync(
            new { query = "query($name: String!) { hello(name: $name) }", variables = new { name = (string?)null } },
            GraphQLResponse
        );

        await SingleErrorAsync(response, HttpStatusCode.BadRequest, "INVALID_VALUE", GraphQLResponse);
    }

    [Theory]
    [InlineData("{ hello", "SYNTAX_ERROR")]
    [InlineData("{ nope }", "FIELDS_ON_CORRECT_TYPE")]
    [InlineData("mutation { touch }", "MUTATION_NOT_SUPPORTED")]
    public async Task Request_errors_are_200_for_clients_that_accept_only_json(string query, string code)
    {
        using var response = await host.PostAsync(new { query }, Json);

        await SingleErrorAsync(response, HttpStatusCode.OK, code, Json);
    }

    [Theory]
    [InlineData(GraphQLResponse)]
    [InlineData(Json)]
    public async Task A_field_error_keeps_the_data_and_is_200(string accept)
    {
        using var response = await host.PostAsync(new { query = "{ hello broken }" }, accept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await BodyAsync(response);
        Assert.Equal("Hello, world!", Data(body, "hello"));
        Assert.Equal(JsonValueKind.Null, body.GetProperty("data").GetProperty("broken").ValueKind);
        var error = Assert.Single(body.GetProperty("errors").EnumerateArray());
        Assert.Equal("broken", Assert.Single(error.GetProperty("path").EnumerateArray()).GetString());
        Assert.Equal("INVALID_OPERATION", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_field_error_that_nulls_all_data_is_still_200()
    {
        using var response = await host.PostAsync(new { query = "{ brokenNonNull }" }, GraphQLResponse);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await BodyAsync(response);
        Assert.Equal(JsonValueKind.Null, body.GetProperty("data").ValueKind);
        Assert.Single(body.GetProperty("errors").EnumerateArray());
    }

    [Fact]
    public async Task An_error_raised_without_a_code_is_given_one()
    {
        using var response = await host.PostAsync(new { query = "{ uncoded }" }, GraphQLResponse);

        var error = Assert.Single((await BodyAsync(response)).GetProperty("errors").EnumerateArray());
        Assert.Equal("EXECUTION_ERROR", error.GetProperty("extensions").GetProperty("code").GetString());
    }
}
