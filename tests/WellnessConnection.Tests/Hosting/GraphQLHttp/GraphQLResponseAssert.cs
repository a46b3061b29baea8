using System.Net;
using System.Text.Json;

namespace WellnessConnection.Tests.Hosting.GraphQLHttp;

internal static class GraphQLResponseAssert
{
    public static async Task<JsonElement> BodyAsync(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    /// <summary>Asserts status, media type and a body whose only error has the given code; returns the error.</summary>
    public static async Task<JsonElement> SingleErrorAsync(
        HttpResponseMessage response,
        HttpStatusCode status,
        string code,
        string mediaType = "application/json"
    )
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        var body = await BodyAsync(response);
        Assert.False(body.TryGetProperty("data", out _), "A request error has no data entry.");
        var error = Assert.Single(body.GetProperty("errors").EnumerateArray());
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()));
        Assert.Equal(code, error.GetProperty("extensions").GetProperty("code").GetString());
        return error;
    }

    public static string Data(JsonElement body, string field) =>
        body.GetProperty("data").GetProperty(field).GetString()!;
}
