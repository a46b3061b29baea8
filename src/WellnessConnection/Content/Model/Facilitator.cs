using WellnessConnection.Content.Schema;

namespace WellnessConnection.Content.Model;

/// <summary>A trained facilitator who moderates sessions.</summary>
public sealed record Facilitator : ContentDocument
{
    public override DocumentKind Kind => DocumentKind.Facilitator;

    public required string Name { get; init; }

    public string? Credentials { get; init; }

    public string? Pronouns { get; init; }
}
