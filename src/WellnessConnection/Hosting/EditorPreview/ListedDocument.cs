namespace WellnessConnection.Hosting.EditorPreview;

/// <summary>One document in the preview's list: what it is called, its files, and whether the public sees it.</summary>
public sealed record ListedDocument
{
    /// <summary>The content folder of its type (<c>sessions</c>, <c>crisis-lines</c>...), its address in the
    /// preview.</summary>
    public required string Folder { get; init; }

    public required string Slug { get; init; }

    public required string Title { get; init; }

    /// <summary>Its English file, relative to the content folder.</summary>
    public required string SourcePath { get; init; }

    /// <summary>Its French translation's file, or null when it has none.</summary>
    public string? FrenchSourcePath { get; init; }

    public bool Draft { get; init; }

    /// <summary>A session's <c>publishAt</c>, in its own zone; null for other documents.</summary>
    public DateTimeOffset? PublishAt { get; init; }

    /// <summary>A session's end; null for other documents.</summary>
    public DateTimeOffset? EndsAt { get; init; }

    /// <summary>A session's <c>status</c>; null for other documents.</summary>
    public string? Status { get; init; }

    public IEnumerable<string> Files => FrenchSourcePath is null ? [SourcePath] : [SourcePath, FrenchSourcePath];
}
