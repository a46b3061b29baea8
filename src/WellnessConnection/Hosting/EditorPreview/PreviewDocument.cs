using WellnessConnection.Storage.Entities;

namespace WellnessConnection.Hosting.EditorPreview;

/// <summary>One document as the preview shows it: where it lives, its title, whether readers can see it yet, and, for
/// the document page, everything a reader sees.</summary>
public sealed record PreviewDocument(string Folder, DocumentEntity Entity, string Title, string? Unpublished)
{
    public string Path => $"/preview/{Folder}/{Entity.Slug}";

    public string Html { get; init; } = "";

    public IReadOnlyList<string> Facilitators { get; init; } = [];

    public IReadOnlyList<string> Topics { get; init; } = [];

    public string? Series { get; init; }
}
