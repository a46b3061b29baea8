using WellnessConnection.Content.Schema;

namespace WellnessConnection.Content.Model;

/// <summary>A peer-support resource: an article, guide, toolkit, program...</summary>
public sealed record Resource : ContentDocument
{
    public override DocumentKind Kind => DocumentKind.Resource;

    public required string Title { get; init; }

    public required string ResourceKind { get; init; }

    public Uri? Url { get; init; }

    public required IReadOnlyList<string> Topics { get; init; }

    public IReadOnlyList<string> Audience { get; init; } = [];

    public required string Summary { get; init; }
}
