using WellnessConnection.Content.Diagnostics;
using WellnessConnection.Content.Schema;

namespace WellnessConnection.Content.Reading;

/// <summary>The slugs of every document file, known before any is read, so references can be checked as each file is.</summary>
public sealed class KnownDocuments(IEnumerable<ContentPath> paths)
{
    private readonly ILookup<DocumentKind, string> slugs = paths
        .Where(p => !p.IsTranslation)
        .Select(p => (p.Schema.Kind, p.Slug))
        .Distinct()
        .ToLookup(p => p.Kind, p => p.Slug);

    public bool Exists(DocumentKind kind, string slug) => slugs[kind].Contains(slug, StringComparer.Ordinal);

    /// <summary>Reports <paramref name="slug"/> when no document of <paramref name="kind"/> has it.</summary>
    public void Check(DocumentKind kind, string slug, string field, SourcePosition? at, DiagnosticBag diagnostics)
    {
        if (Exists(kind, slug))
        {
            return;
        }

        var folder = ContentSchemas.For(kind).Folder;
        diagnostics.Report(DiagnosticCodes.UnknownReference, at ?? default,
            $"\"{slug}\" in \"{field}\" does not match any file in {folder}/.{Suggestions.DidYouMean(slug, slugs[kind])} "
            + $"Use the file name without .md, or create {folder}/{slug}.md.");
    }

    public IEnumerable<string> SlugsOf(DocumentKind kind) => slugs[kind];
}
