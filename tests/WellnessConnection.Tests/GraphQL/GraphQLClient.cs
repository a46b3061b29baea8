using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace WellnessConnection.Tests.GraphQL;

/// <summary>Posts GraphQL requests the way a front end does and returns the parsed response.</summary>
public static class GraphQLClient
{
    public static async Task<JsonObject> QueryAsync(this HttpClient client, string query, object? variables = null)
    {
        using var response = await client.PostAsJsonAsync("/graphql", new { query, variables });
        var json = await response.Content.ReadAsStringAsync();
        return JsonNode.Parse(json)?.AsObject() ?? throw new JsonException($"Not a JSON object: {json}");
    }

    /// <summary>The <c>data</c> of a response that must have no errors.</summary>
    public static async Task<JsonObject> DataAsync(this HttpClient client, string query, object? variables = null)
    {
        var response = await client.QueryAsync(query, variables);
        Assert.True(response["errors"] is null, $"Unexpected errors: {response["errors"]?.ToJsonString()}");
        return response["data"]!.AsObject();
    }
}
