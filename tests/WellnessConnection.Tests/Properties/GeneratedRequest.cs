namespace WellnessConnection.Tests.Properties;

/// <summary>One generated GraphQL request: its document and its variables, or a raw body that no serializer would
/// write.</summary>
public sealed record GeneratedRequest(string Query, object? Variables, byte[]? RawBody = null)
{
    public override string ToString() =>
        RawBody is { } raw
            ? $"raw body: {Convert.ToHexString(raw[..Math.Min(400, raw.Length)])}"
            : $"{Query} | variables: {Shortened(System.Text.Json.JsonSerializer.Serialize(Variables))}";

    private static string Shortened(string text) => text[..Math.Min(400, text.Length)];
}
