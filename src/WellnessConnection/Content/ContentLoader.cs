using NodaTime;
using WellnessConnection.Content.Diagnostics;
using WellnessConnection.Content.Loading;
using WellnessConnection.Content.Model;
using WellnessConnection.Content.Reading;
using WellnessConnection.Content.Rendering;
using WellnessConnection.Content.Schema;

namespace WellnessConnection.Content;

/// <summary>
/// Reads a content folder: files → front matter and body → typed, rendered, cross-checked documents.
/// Pure apart from reading the files; every problem of the run is collected, none stops the others.
/// </summary>
public sealed class ContentLoader(TimeProvider time)
{
    public const string SiteFile = "site.yml";

    private readonly DocumentReader reader = new(new MarkdownRenderer());

    /// <summary>Reads the whole folder and keeps every body: for validation and tests.</summary>
    public ContentLoadResult Load(string directory) => Load(directory, previous: null, sink: null);

    /// <summary>
    /// Reads the folder, reusing from <paramref name="previous"/> every document whose files and lookups are
    /// unchanged. Each document read anew is given to <paramref name="sink"/> as soon as it is rendered; with a sink,
    /// the result's documents have their bodies released (<see cref="RenderedMarkdown.Released"/>).
    /// </summary>
    public ContentLoadResult Load(string directory, ContentCache? previous, IContentSink? sink)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"The content folder \"{directory}\" does not exist.");
        }

        var diagnostics = new DiagnosticBag();
        var listing = ContentFolder.List(directory, diagnostics);
        var files = listing.Paths;
        var (site, siteStamp) = ReadSite(directory, listing, diagnostics);
        // The names do not depend on site.yml: the last run's analysis serves whenever the files are the same.
        var names = PathAnalysis.Of(files, previous?.Names);
        diagnostics.AddRange(names.Diagnostics);
        var groups = names.Groups;
        var cache = previous is not null && previous.SiteHash == siteStamp?.Hash ? previous : null;
        var today = Instant
            .FromDateTimeOffset(time.GetUtcNow())
            .InZone(DateTimeZoneProviders.Tzdb[site.DefaultTimeZone])
            .Date;
        var groupReader = new GroupReader(directory, listing, reader, site, names.Known, today, cache, sink);

        sink?.Begin([.. groups.Where(g => g.Original is not null).Select(g => g.Key)], everything: cache is null);
        var results = groups.AsParallel().AsOrdered().Select(groupReader.ReadGuarded).ToList();
        foreach (var result in results)
        {
            diagnostics.AddRange(result.Diagnostics);
        }

        var content = new ContentSet
        {
            Site = site,
            Versions = ContentVersionHash.Of(results, siteStamp),
            Sessions = Documents<Session>(results, DocumentKind.Session),
            Series = Documents<Series>(results, DocumentKind.Series),
            Topics = Documents<Topic>(results, DocumentKind.Topic),
            Facilitators = Documents<Facilitator>(results, DocumentKind.Facilitator),
            Resources = Documents<Resource>(results, DocumentKind.Resource),
            CrisisLines = Documents<CrisisLine>(results, DocumentKind.CrisisLine),
            Pages = Documents<Page>(results, DocumentKind.Page),
        };
        SeriesParts.Check(content.Sessions, path => Reread(directory, names.PathOf(path)), diagnostics);

        return new ContentLoadResult(diagnostics.HasErrors ? null : content, diagnostics.ToSortedList())
        {
            FileCount = (siteStamp is null ? 0 : 1) + names.Paths.Count,
            Cache = siteStamp is null ? null : new ContentCache(siteStamp.Hash, today, names, results),
        };
    }

    /// <summary>
    /// A file read again, its problems not reported twice: only to point at a line of it. Null when it cannot be
    /// read again; the first reading reported why.
    /// </summary>
    private static SourceDocument? Reread(string directory, ContentPath path)
    {
        var ignored = new DiagnosticBag();
        try
        {
            var text = ContentFileReader.Read(Path.Combine(directory, path.Path), path.Path, ignored);
            return text is null ? null : SourceDocument.Parse(path, text, ignored);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return null;
        }
    }

    private static List<Localized<T>> Documents<T>(List<GroupResult> results, DocumentKind kind)
        where T : ContentDocument =>
        [.. results.Where(r => r.Key.Kind == kind).Select(r => r.Document).OfType<Localized<T>>()];

    private static (SiteSettings Site, SourceStamp? Stamp) ReadSite(
        string directory,
        ContentListing listing,
        DiagnosticBag diagnostics
    )
    {
        if (!listing.Paths.Contains(SiteFile))
        {
            diagnostics.Report(
                DiagnosticCodes.MissingSiteSettings,
                SourcePosition.StartOf(SiteFile),
                "site.yml is missing from the content folder; create it there with at least the line `name: "
                    + "Wellness Connection` (see the editors' guide, content/README.md)."
            );
            return (new SiteSettings { Name = "" }, null);
        }

        try
        {
            var bytes = ContentFileReader.ReadBytes(Path.Combine(directory, SiteFile), SiteFile, diagnostics);
            var text = bytes is null ? null : ContentFileReader.Decode(bytes, SiteFile, diagnostics);
            return text is null
                ? (new SiteSettings { Name = "" }, null)
                : (SiteSettingsReader.Read(text, diagnostics), SourceStamp.Of(SiteFile, listing.Seen(SiteFile), bytes));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            diagnostics.AddRange([UnreadableFile.Of(SiteFile, e)]);
            return (new SiteSettings { Name = "" }, null);
        }
    }
}
