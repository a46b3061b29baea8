using NodaTime;
using WellnessConnection.Content.Diagnostics;
using WellnessConnection.Content.Model;
using WellnessConnection.Content.Reading;
using WellnessConnection.Content.Reading.Builders;
using WellnessConnection.Content.Schema;

namespace WellnessConnection.Content.Loading;

/// <summary>
/// Reads one document (its original and translation files) into a <see cref="GroupResult"/>, or takes it from the
/// previous run's <see cref="ContentCache"/> when its files and everything its reading looked up are unchanged.
/// A document read anew goes to the sink with its full bodies; the result keeps it with its bodies released.
/// Thread-safe: groups are read in parallel.
/// </summary>
internal sealed class GroupReader(
    string directory,
    ContentListing listing,
    DocumentReader reader,
    SiteSettings site,
    KnownDocuments known,
    LocalDate today,
    ContentCache? cache,
    IContentSink? sink
)
{
    /// <summary>
    /// <see cref="Read"/>, with any failure a diagnostic of the document's first file: nothing one file contains
    /// may stop the others being checked (a parser's depth limit, a file that vanished between listing and reading).
    /// </summary>
    public GroupResult ReadGuarded(PathGroup group)
    {
        try
        {
            return Read(group);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new GroupResult(group, [], null, [UnreadableFile.Of(group.Paths.First().Path, e)], []);
        }
    }

    public GroupResult Read(PathGroup group)
    {
        if (cache?.Untouched(group, listing, known, today) is { } untouched)
        {
            return untouched;
        }

        var diagnostics = new DiagnosticBag();
        var files = group.Paths.Select(p => Stamp(group.Key, p, diagnostics)).ToList();
        var stamps = files.Select(f => f.Stamp).ToList();
        if (cache?.Reusable(group, stamps, known, today) is { } reused)
        {
            return reused;
        }

        var lookups = new List<KnownLookup>();
        var context = new ReadContext(site, known.Recording(lookups), today, diagnostics);
        var texts = files.ToDictionary(f => f.Stamp.Path, f => TextOf(f, diagnostics));
        var original = group.Original is null ? null : Parse(group.Original, texts, diagnostics);
        var translation = group.Translation is null ? null : Parse(group.Translation, texts, diagnostics);

        object? document = null;
        if (original is not null)
        {
            document = group.Key.Kind switch
            {
                DocumentKind.Session => Build(original, translation, SessionBuilder.Build, context),
                DocumentKind.Series => Build(original, translation, SeriesBuilder.Build, context),
                DocumentKind.Topic => Build(original, translation, TopicBuilder.Build, context),
                DocumentKind.Facilitator => Build(original, translation, FacilitatorBuilder.Build, context),
                DocumentKind.Resource => Build(original, translation, ResourceBuilder.Build, context),
                DocumentKind.CrisisLine => Build(original, translation, CrisisLineBuilder.Build, context),
                _ => Build(original, translation, PageBuilder.Build, context),
            };
        }
        else if (translation is not null && group.Original is not null)
        {
            // The original exists but could not be read: check what the translation says on its own.
            reader.CheckAlone(translation, context);
        }

        return new GroupResult(group, stamps, document, diagnostics.ToList(), lookups.ToArray());
    }

    private Localized<T> Build<T>(
        SourceDocument original,
        SourceDocument? translation,
        DocumentBuild<T> build,
        ReadContext context
    )
        where T : ContentDocument
    {
        var document = reader.Read(original, translation, build, context);
        if (sink is null)
        {
            return document;
        }

        sink.Add(document);
        return new Localized<T>(Released(document.English), document.French is null ? null : Released(document.French));
    }

    private static T Released<T>(T document)
        where T : ContentDocument => (T)((ContentDocument)document with { Body = document.Body.Released() });

    private static SourceDocument? Parse(
        ContentPath path,
        Dictionary<string, string?> texts,
        DiagnosticBag diagnostics
    ) => texts[path.Path] is { } text ? SourceDocument.Parse(path, text, diagnostics) : null;

    /// <summary>The file's stamp; its bytes too, unless the cache already has a stamp of the size and time the
    /// listing saw.</summary>
    private (SourceStamp Stamp, byte[]? Bytes) Stamp(DocumentKey key, ContentPath path, DiagnosticBag diagnostics)
    {
        var file = listing.Seen(path.Path);
        if (cache?.StampOf(key, path.Path) is { } previous && previous.SameFileAs(file))
        {
            return (previous, null);
        }

        var bytes = ContentFileReader.ReadBytes(Path.Combine(directory, path.Path), path.Path, diagnostics);
        return (SourceStamp.Of(path.Path, file, bytes), bytes);
    }

    /// <summary>
    /// The file's text: decoded from the bytes just read, or read now when its stamp spared reading it but another file
    /// of its document changed; null when it cannot be read (reported).
    /// </summary>
    private string? TextOf((SourceStamp Stamp, byte[]? Bytes) file, DiagnosticBag diagnostics) =>
        file.Bytes is not null ? ContentFileReader.Decode(file.Bytes, file.Stamp.Path, diagnostics)
        : file.Stamp.Hash.Length > 0
            ? ContentFileReader.Read(Path.Combine(directory, file.Stamp.Path), file.Stamp.Path, diagnostics)
        : null;
}
