using WellnessConnection.Content.Diagnostics;
using WellnessConnection.Content.Reading;

namespace WellnessConnection.Content.Loading;

/// <summary>
/// Pairs originals with their translations from the file names alone, before any file is read, and reports
/// duplicate slugs and translations without an original.
/// </summary>
public static class PathGroups
{
    public static IReadOnlyList<PathGroup> Of(IReadOnlyList<ContentPath> paths, DiagnosticBag diagnostics)
    {
        var first = new Dictionary<(DocumentKey, string Language), ContentPath>();
        var groups = new List<PathGroup>();
        foreach (var path in paths)
        {
            var key = new DocumentKey(path.Schema.Kind, path.Slug);
            if (!first.TryAdd((key, path.Language), path))
            {
                diagnostics.Report(
                    DiagnosticCodes.DuplicateSlug,
                    SourcePosition.StartOf(path.Path),
                    $"the slug \"{path.Slug}\" is already used by {first[(key, path.Language)].Path}; slugs are "
                        + $"public addresses and must be unique: rename one of the files."
                );
            }
        }

        foreach (var ((key, language), path) in first)
        {
            if (language == "en")
            {
                groups.Add(new PathGroup(key, path, first.GetValueOrDefault((key, "fr"))));
            }
            else if (!first.ContainsKey((key, "en")))
            {
                diagnostics.Report(
                    DiagnosticCodes.OrphanTranslation,
                    SourcePosition.StartOf(path.Path),
                    $"this translation has no English original: create {OriginalOf(path)} first, or fix the file "
                        + "name so it matches the original's."
                );
                groups.Add(new PathGroup(key, null, path));
            }
        }

        return [.. groups.OrderBy(g => g.Paths.First().Path, StringComparer.Ordinal)];
    }

    /// <summary>Where the English original of a translation would be: its folder, its file name without .fr.</summary>
    private static string OriginalOf(ContentPath translation)
    {
        var fileName = translation.Path.Split('/')[^1];
        return $"{translation.Schema.Folder}/{fileName.Replace(".fr.md", ".md", StringComparison.Ordinal)}";
    }
}
