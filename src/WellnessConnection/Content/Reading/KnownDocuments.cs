using WellnessConnection.Content.Diagnostics;
using WellnessConnection.Content.Loading;
using WellnessConnection.Content.Schema;

namespace WellnessConnection.Content.Reading;

/// <summary>The slugs of every document file, known before any is read, so references can be checked as each file
/// is.</summary>
public sealed class KnownDocuments
{
    // A set per type: 10,000 sessions each check several references, so a lookup must not scan.
    private readonly Dictionary<DocumentKind, HashSet<string>> slugs;
    private readonly List<KnownLookup>? lookups;

    public KnownDocuments(IEnumerable<ContentPath> paths)
    {
        slugs = paths
            .Where(p => !p.IsTranslation)
            .GroupBy(p => p.Schema.Kind)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Slug).ToHashSet(StringComparer.Ordinal));
    }

    private KnownDocuments(Dictionary<DocumentKind, HashSet<string>> slugs, List<KnownLookup> lookups)
    {
        this.slugs = slugs;
        this.lookups = lookups;
    }

    /// <summary>The same documents, noting every lookup in <paramref name="into"/>: what one document's reading
    /// depended on.</summary>
    public KnownDocuments Recording(List<KnownLookup> into) => new(slugs, into);

    public bool Exists(DocumentKind kind, string slug)
    {
        string? known = null;
        var exists = slugs.TryGetValue(kind, out var set) && set.TryGetValue(slug, out known);
        // The set's own string is recorded: the lookups are kept with the document until the next run, and a slug
        // cut from a link is a string of its own (5 MB of them at 10,000 sessions).
        lookups?.Add(new KnownLookup(kind, known ?? slug, exists));
        return exists;
    }

    /// <summary>Reports <paramref name="slug"/> when no document of <paramref name="kind"/> has it.</summary>
    public void Check(DocumentKind kind, string slug, string field, SourcePosition? at, DiagnosticBag diagnostics)
    {
        if (Exists(kind, slug))
        {
            return;
        }

        var folder = ContentSchemas.For(kind).Folder;
        diagnostics.Report(
            DiagnosticCodes.UnknownReference,
            at ?? default,
            $"\"{slug}\" in \"{field}\" does not match any file in "
                + $"{folder}/.{Suggestions.DidYouMean(slug, SlugsOf(kind))} "
                + $"Use the file name without .md, or create {folder}/{slug}.md."
        );
    }

    public IEnumerable<string> SlugsOf(DocumentKind kind) => slugs.TryGetValue(kind, out var set) ? set : [];
}
