using WellnessConnection.Content.Schema;

namespace WellnessConnection.Content.Model;

/// <summary>A topic of the program's tag list, e.g. burnout or self-care.</summary>
public sealed record Topic : ContentDocument
{
    public override DocumentKind Kind => DocumentKind.Topic;

    public required string Name { get; init; }

    public required string Summary { get; init; }

    public int? Order { get; init; }
}
