using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using WellnessConnection.Tests.GraphQL;

namespace WellnessConnection.Tests.Hosting.Protection;

/// <summary>
/// Text no string can hold, in a request: invalid UTF-8 bytes, or JSON escaping half of a surrogate pair. Each used
/// to answer 500 (System.Text.Json finds it only when it reads the string); it is the client's error, a 400 with
/// a code, and the answer carries the security headers like any other.
/// </summary>
public sealed class MalformedTextTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    public static TheoryData<string, byte[]> Bodies =>
        new()
        {
            {
                "a lone surrogate in the variables",
                Encoding.UTF8.GetBytes("""{"query":"{ contentVersion }","variables":{"x":"\ud800"}}""")
            },
            {
                "a lone surrogate in the query",
                Encoding.UTF8.GetBytes("""{"query":"{ search(query: \"\udfff\") { __typename } }"}""")
            },
            {
                "a lone surrogate in a property name",
                Encoding.UTF8.GetBytes("""{"query":"{ contentVersion }","variables":{"\ud800":1}}""")
            },
            { "the byte FF in the query", [.. "{\"query\":\"{ contentVersion "u8, 0xFF, .. "}\"}"u8] },
            {
                "an overlong slash in the variables",
                [.. "{\"query\":\"{ contentVersion }\",\"variables\":{\"a\":\""u8, 0xC0, 0xAF, .. "\"}}"u8]
            },
            {
                "a UTF-8 encoded surrogate",
                [.. "{\"query\":\"{ contentVersion }\",\"variables\":{\"a\":\""u8, 0xED, 0xA0, 0x80, .. "\"}}"u8]
            },
        };

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task A_post_with_text_that_is_not_unicode_answers_400_with_a_code(string what, byte[] body)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        using var response = await factory.CreateClient().PostAsync("/graphql", content);

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, what);
        Assert.Equal(
            "JSON_INVALID",
            (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]![0]!["extensions"]!["code"]
        );
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task A_get_whose_variables_escape_a_lone_surrogate_answers_400()
    {
        using var response = await factory
            .CreateClient()
            .GetAsync(
                "/graphql?query=%7B%20contentVersion%20%7D&variables=" + Uri.EscapeDataString("""{"a":"\ud800"}""")
            );

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(
            "JSON_INVALID",
            (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]![0]!["extensions"]!["code"]
        );
    }
}
