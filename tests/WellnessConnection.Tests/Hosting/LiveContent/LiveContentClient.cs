using System.Text.Json.Nodes;
using WellnessConnection.Tests.GraphQL;

namespace WellnessConnection.Tests.Hosting.LiveContent;

public static class LiveContentClient
{
    /// <summary>The content version and the FAQ page's title, read in one request.</summary>
    public static async Task<(string Version, string Title)> FaqAsync(this HttpClient client)
    {
        var data = await client.DataAsync(LiveContentFactory.FaqTitleQuery);
        return (data["contentVersion"]!.GetValue<string>(), data["page"]!["title"]!.GetValue<string>());
    }

    public static async Task<JsonObject> ReadyAsync(this HttpClient client)
    {
        using var response = await client.GetAsync("/readyz");
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }
}
