using System.Net;
using static WellnessConnection.Tests.Hosting.GraphQLHttp.GraphQLResponseAssert;

namespace WellnessConnection.Tests.Hosting.GraphQLHttp;

public sealed class GraphQLHttpMediaTypeTests(GraphQLHttpHost host) : IClassFixture<GraphQLHttpHost>
{
    private const string GraphQLResponse = "application/graphql-response+json";
    private const string Json = "application/json";

    [Theory]
    [InlineData(null, Json)]
    [InlineData("*/*", Json)]
    [InlineData("application/*", Json)]
    [InlineData(GraphQLResponse, GraphQLResponse)]
    [InlineData(Json, Json)]
    [InlineData("application/json; charset=utf-8", Json)]
    [InlineData("application/graphql-response+json, application/json;q=0.9", GraphQLResponse)]
    [InlineData("application/json, application/graphql-response+json", Json)]
    [InlineData("application/graphql-response+json;q=0.5, application/json", Json)]
    [InlineData("text/plain, application/json;q=0.1", Json)]
    [InlineData("application/graphql-response+json;q=0, application/json;q=0.2", Json)]
    public async Task The_response_media_type_follows_the_accept_header(string? accept, string expected)
    {
        using var response = await host.PostAsync(new { query = "{ hello }" }, accept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Contains("Accept", response.Headers.Vary);
    }

    [Theory]
    [InlineData("text/html")]
    [InlineData("application/xml, text/plain")]
    [InlineData("application/json; charset=iso-8859-1")]
    [InlineData("application/graphql-response+json;q=0")]
    public async Task An_accept_header_allowing_nothing_we_produce_is_406(string accept)
    {
        using var response = await host.PostAsync(new { query = "{ hello }" }, accept);

        await SingleErrorAsync(response, HttpStatusCode.NotAcceptable, "NOT_ACCEPTABLE");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("text/plain")]
    [InlineData("application/graphql")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=utf-16")]
    public async Task A_post_body_that_is_not_utf8_json_is_415(string? contentType)
    {
        using var response = await host.PostRawAsync("""{"query":"{ hello }"}""", contentType);

        await SingleErrorAsync(response, HttpStatusCode.UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE");
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task Other_methods_are_405_and_list_get_and_post(string method)
    {
        using var response = await host.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/graphql"));

        await SingleErrorAsync(response, HttpStatusCode.MethodNotAllowed, "METHOD_NOT_ALLOWED");
        Assert.Equal(["GET", "POST"], response.Content.Headers.Allow.Order(StringComparer.Ordinal));
    }
}
