namespace WellnessConnection.Hosting.EditorPreview;

/// <summary>A document as the preview shows it: as a reader would see it, with what the public cannot see
/// yet.</summary>
public sealed record PreviewDocument
{
    public required string Folder { get; init; }

    public required string Slug { get; init; }

    /// <summary>The locale asked for (<c>en</c> or <c>fr</c>).</summary>
    public required string Locale { get; init; }

    /// <summary>The language of the text shown: English where a French version has no translation.</summary>
    public required string ServedLanguage { get; init; }

    public required string Title { get; init; }

    public string? Summary { get; init; }

    /// <summary>The body as the renderer made it: safe HTML, links and images checked.</summary>
    public required string BodyHtml { get; init; }

    public bool Draft { get; init; }

    /// <summary>A session's <c>publishAt</c>, in its own zone.</summary>
    public DateTimeOffset? PublishAt { get; init; }

    /// <summary>A session's <c>status</c>.</summary>
    public string? Status { get; init; }

    /// <summary>A session's start, for the <c>datetime</c> of its times.</summary>
    public DateTimeOffset? StartsAt { get; init; }

    /// <summary>A session's end.</summary>
    public DateTimeOffset? EndsAt { get; init; }

    /// <summary>A session's start in the program's style: in Eastern time, then in its own zone.</summary>
    public IReadOnlyList<string> Times { get; init; } = [];

    public IReadOnlyList<DocumentFact> Facts { get; init; } = [];

    /// <summary>Its files, relative to the content folder: the English one, then the translation if any.</summary>
    public required IReadOnlyList<string> Files { get; init; }

    public bool HasFrench => Files.Count > 1;
}
