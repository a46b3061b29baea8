using WellnessConnection.Content.Diagnostics;
using WellnessConnection.Content.Schema;

namespace WellnessConnection.Content.Reading;

/// <summary>The slugs of every document file, known before any is read, so references can be checked as each file is.</summary>
public sealed class KnownDocuments(IEnumerable<ContentPath> paths)
{
    // A set per type: 10,000 sessions each check several references, so a lookup must not scan.
    private readonly Dictionary<DocumentKind, HashSet<string>> slugs = paths
        .Where(p => !p.IsTranslation)
        .GroupBy(p => p.Schema.Kind)
        .ToDictionary(g => g.Key, g => g.Select(p => p.Slug).ToHashSet(StringComparer.Ordinal));

    public bool Exists(DocumentKind kind, string slug) => slugs.TryGetValue(kind, out var set) && set.Contains(slug);

    /// <summary>Reports <paramref name="slug"/> when no document of <paramref name="kind"/> has it.</summary>
    public void Check(DocumentKind kind, string slug, string field, SourcePosition? at, DiagnosticBag diagnostics)
    {
        if (Exists(kind, slug))
        {
            return;
        }

        var folder = ContentSchemas.For(kind).Folder;
        diagnostics.Report(DiagnosticCodes.UnknownReference, at ?? default,
            $"\"{slug}\" in \"{field}\" does not match any file in {folder}/.{Suggestions.DidYouMean(slug, SlugsOf(kind))} "
            + $"Use the file name without .md, or create {folder}/{slug}.md.");
    }

    public IEnumerable<string> SlugsOf(DocumentKind kind) => slugs.TryGetValue(kind, out var set) ? set : [];
}
