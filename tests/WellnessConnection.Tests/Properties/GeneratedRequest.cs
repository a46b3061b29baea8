namespace WellnessConnection.Tests.Properties;

/// <summary>One generated GraphQL request: its document and its variables.</summary>
public sealed record GeneratedRequest(string Query, object? Variables)
{
    public override string ToString() => $"{Query} | variables: {System.Text.Json.JsonSerializer.Serialize(Variables)}";
}
