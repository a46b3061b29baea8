using NodaTime;
using WellnessConnection.Content.Reading;
using WellnessConnection.Content.Schema;

namespace WellnessConnection.Content.Loading;

/// <summary>
/// The documents of the last published run, kept so that the next run reads and renders only what changed. Their
/// bodies are released once indexed (<see cref="Rendering.RenderedMarkdown.Released"/>): an unchanged document is
/// not indexed again, only checked again against the others. Only documents without any problem are kept; crisis
/// lines only for the day they were read (their checks depend on today's date).
/// </summary>
public sealed class ContentCache
{
    private readonly Dictionary<DocumentKey, GroupResult> groups;

    public ContentCache(string siteHash, LocalDate today, IEnumerable<GroupResult> results)
    {
        SiteHash = siteHash;
        Today = today;
        groups = results.Where(r => r.Document is not null && r.Diagnostics.Count == 0).ToDictionary(r => r.Key);
    }

    /// <summary>The hash of <c>site.yml</c>: its defaults apply to every document, so a change there invalidates
    /// all.</summary>
    public string SiteHash { get; }

    /// <summary>The date the documents were checked on (in the site's time zone).</summary>
    public LocalDate Today { get; }

    public int Count => groups.Count;

    /// <summary>The previous result for <paramref name="group"/>, if its files are the same and every lookup it made
    /// still has the same answer.</summary>
    public GroupResult? Reusable(
        PathGroup group,
        IReadOnlyList<SourceStamp> sources,
        KnownDocuments known,
        LocalDate today
    )
    {
        if (
            !groups.TryGetValue(group.Key, out var cached)
            || cached.Group != group
            || cached.Sources.Count != sources.Count
            || (group.Key.Kind == DocumentKind.CrisisLine && today != Today)
        )
        {
            return null;
        }

        for (var i = 0; i < sources.Count; i++)
        {
            if (cached.Sources[i].Path != sources[i].Path || cached.Sources[i].Hash != sources[i].Hash)
            {
                return null;
            }
        }

        foreach (var lookup in cached.Lookups)
        {
            if (known.Exists(lookup.Kind, lookup.Slug) != lookup.Existed)
            {
                return null;
            }
        }

        return cached with
        {
            Sources = sources,
        };
    }

    /// <summary>The stamp a file had when last read, to skip reading it again when its size and time are
    /// unchanged.</summary>
    public SourceStamp? StampOf(DocumentKey key, string path) =>
        groups.TryGetValue(key, out var cached) ? cached.Sources.FirstOrDefault(s => s.Path == path) : null;
}
