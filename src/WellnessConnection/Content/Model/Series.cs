using WellnessConnection.Content.Schema;

namespace WellnessConnection.Content.Model;

/// <summary>A multi-part series of sessions, e.g. "Sleep".</summary>
public sealed record Series : ContentDocument
{
    public override DocumentKind Kind => DocumentKind.Series;

    public required string Title { get; init; }

    public required string Summary { get; init; }
}
