using WellnessConnection.Content.Diagnostics;
using WellnessConnection.Content.Reading;

namespace WellnessConnection.Content.Loading;

/// <summary>
/// What the names of a folder's files say before any is read: each path parsed (<see cref="ContentPath"/>), originals
/// paired with their translations (<see cref="PathGroups"/>), the documents that exist, and the problems the names
/// show. It depends on the list of paths alone, so a reload of a folder with the same files (an edit) takes the last
/// run's instead of parsing every name again: at 12,717 files, 25 to 200 ms and 19 MB of garbage of each reload
/// (bench/HISTORY.md, "The one-file edit").
/// </summary>
public sealed class PathAnalysis
{
    private readonly IReadOnlyList<string> files;
    private readonly Lazy<Dictionary<string, ContentPath>> byPath;

    private PathAnalysis(IReadOnlyList<string> files)
    {
        this.files = files;
        var diagnostics = new DiagnosticBag();
        Paths = [.. files.Select(f => ContentPath.Parse(f, files, diagnostics)).OfType<ContentPath>()];
        Groups = PathGroups.Of(Paths, diagnostics);
        Known = new KnownDocuments(Paths);
        Diagnostics = diagnostics.ToList();
        // Only a folder with problems looks a path up (to quote a line of it): built the first time.
        byPath = new(() => Paths.ToDictionary(p => p.Path, StringComparer.Ordinal));
    }

    /// <summary>The files that are documents, in the order of the listing.</summary>
    public IReadOnlyList<ContentPath> Paths { get; }

    /// <summary>The documents, each with its files, in the ordinal order of their first file.</summary>
    public IReadOnlyList<PathGroup> Groups { get; }

    /// <summary>Which documents exist, for the references between them.</summary>
    public KnownDocuments Known { get; }

    /// <summary>What the names alone say is wrong: files outside the content folders, duplicate slugs.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>
    /// The analysis of <paramref name="listedFiles"/> (relative paths in ordinal order, as
    /// <see cref="ContentListing.Paths"/>): <paramref name="previous"/> itself when it was made of the same paths.
    /// </summary>
    public static PathAnalysis Of(IReadOnlyList<string> listedFiles, PathAnalysis? previous) =>
        previous is not null && previous.files.SequenceEqual(listedFiles, StringComparer.Ordinal)
            ? previous
            : new PathAnalysis(listedFiles);

    /// <summary>The document file at <paramref name="path"/>, one of <see cref="Paths"/>.</summary>
    public ContentPath PathOf(string path) => byPath.Value[path];
}
