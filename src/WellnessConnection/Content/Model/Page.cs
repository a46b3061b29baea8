using WellnessConnection.Content.Schema;

namespace WellnessConnection.Content.Model;

/// <summary>A free page: FAQ, get support now, about...</summary>
public sealed record Page : ContentDocument
{
    public override DocumentKind Kind => DocumentKind.Page;

    public required string Title { get; init; }

    public required string Summary { get; init; }

    public int? Order { get; init; }
}
