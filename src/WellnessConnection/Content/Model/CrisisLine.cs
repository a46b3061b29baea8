using NodaTime;
using WellnessConnection.Content.Schema;

namespace WellnessConnection.Content.Model;

/// <summary>A crisis line or physician health program. People in distress read this: every field must be
/// right.</summary>
public sealed record CrisisLine : ContentDocument
{
    public override DocumentKind Kind => DocumentKind.CrisisLine;

    public required string Name { get; init; }

    public required string Scope { get; init; }

    public required IReadOnlyList<string> Regions { get; init; }

    public IReadOnlyList<string> Audience { get; init; } = [];

    public IReadOnlyList<string> Phone { get; init; } = [];

    public string? Text { get; init; }

    public Uri? Url { get; init; }

    public string? Hours { get; init; }

    public IReadOnlyList<string> Languages { get; init; } = [];

    public required LocalDate LastVerified { get; init; }

    public required Uri Source { get; init; }
}
