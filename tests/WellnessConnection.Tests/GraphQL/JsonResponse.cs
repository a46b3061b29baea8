using System.Text.Json.Nodes;

namespace WellnessConnection.Tests.GraphQL;

/// <summary>Reads the parts of GraphQL responses that tests compare.</summary>
public static class JsonResponse
{
    /// <summary>The <c>slug</c> of each item of a connection's <c>nodes</c>, or of a list.</summary>
    public static IReadOnlyList<string> Slugs(this JsonNode? connectionOrList)
    {
        var items = connectionOrList is JsonObject connection ? connection["nodes"] : connectionOrList;
        return items!.AsArray().Select(item => (string)item!["slug"]!).ToList();
    }

    /// <summary>The <c>extensions.code</c> of each error of a response.</summary>
    public static IReadOnlyList<string> ErrorCodes(this JsonObject response) =>
        response["errors"]?.AsArray().Select(error => (string)error!["extensions"]!["code"]!).ToList() ?? [];
}
