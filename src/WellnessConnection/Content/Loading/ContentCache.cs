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

    public ContentCache(string siteHash, LocalDate today, PathAnalysis names, IEnumerable<GroupResult> results)
    {
        SiteHash = siteHash;
        Today = today;
        Names = names;
        groups = results.Where(r => r.Document is not null && r.Diagnostics.Count == 0).ToDictionary(r => r.Key);
    }

    /// <summary>The hash of <c>site.yml</c>: its defaults apply to every document, so a change there invalidates
    /// all.</summary>
    public string SiteHash { get; }

    /// <summary>The date the documents were checked on (in the site's time zone).</summary>
    public LocalDate Today { get; }

    /// <summary>What the run's file names said; the next run takes it as it is when the folder has the same
    /// files.</summary>
    public PathAnalysis Names { get; }

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
        if (Current(group, known, today) is not { } cached || cached.Sources.Count != sources.Count)
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

        return cached with
        {
            Sources = sources,
        };
    }

    /// <summary>
    /// The previous result for <paramref name="group"/> as it is, when none of its files has changed size or time
    /// since it was read (as <paramref name="listing"/> saw them) and every lookup it made still has the same answer:
    /// what <see cref="Reusable"/> would give, without reading a stamp or making a list. An edit leaves all documents
    /// but one so.
    /// </summary>
    public GroupResult? Untouched(PathGroup group, ContentListing listing, KnownDocuments known, LocalDate today)
    {
        if (Current(group, known, today) is not { } cached)
        {
            return null;
        }

        var sources = cached.Sources;
        var i = 0;
        return
            sources.Count == (group.Original is null ? 0 : 1) + (group.Translation is null ? 0 : 1)
            && (group.Original is not { } original || Untouched(sources[i++], original, listing))
            && (group.Translation is not { } translation || Untouched(sources[i], translation, listing))
            ? cached
            : null;
    }

    /// <summary>The stamp a file had when last read, to skip reading it again when its size and time are
    /// unchanged.</summary>
    public SourceStamp? StampOf(DocumentKey key, string path) =>
        groups.TryGetValue(key, out var cached) ? cached.Sources.FirstOrDefault(s => s.Path == path) : null;

    /// <summary>The previous result for the same files, if its checks still hold: what the other documents and today's
    /// date say.</summary>
    private GroupResult? Current(PathGroup group, KnownDocuments known, LocalDate today)
    {
        if (
            !groups.TryGetValue(group.Key, out var cached)
            || cached.Group != group
            || (group.Key.Kind == DocumentKind.CrisisLine && today != Today)
        )
        {
            return null;
        }

        foreach (var lookup in cached.Lookups)
        {
            if (known.Exists(lookup.Kind, lookup.Slug) != lookup.Existed)
            {
                return null;
            }
        }

        return cached;
    }

    private static bool Untouched(SourceStamp stamp, ContentPath path, ContentListing listing) =>
        stamp.Path == path.Path && stamp.SameFileAs(listing.Seen(path.Path));
}
