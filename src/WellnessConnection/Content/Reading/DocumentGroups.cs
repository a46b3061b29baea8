using WellnessConnection.Content.Diagnostics;
using WellnessConnection.Content.Schema;

namespace WellnessConnection.Content.Reading;

/// <summary>Pairs originals with their translations, and reports duplicate slugs and translations without an original.</summary>
public static class DocumentGroups
{
    public static IReadOnlyList<DocumentGroup> Of(IReadOnlyList<SourceDocument> documents, IReadOnlyList<ContentPath> allPaths, DiagnosticBag diagnostics)
    {
        var originals = new Dictionary<(DocumentKind, string), SourceDocument>();
        var firstPath = new Dictionary<(DocumentKind, string, string), string>();
        foreach (var path in allPaths)
        {
            var key = (path.Schema.Kind, path.Slug, path.Language);
            if (!firstPath.TryAdd(key, path.Path))
            {
                diagnostics.Report(DiagnosticCodes.DuplicateSlug, SourcePosition.StartOf(path.Path),
                    $"the slug \"{path.Slug}\" is already used by {firstPath[key]}; slugs are public addresses and must be unique: rename one of the files.");
            }
        }

        foreach (var path in allPaths.Where(p => p.IsTranslation))
        {
            if (!firstPath.ContainsKey((path.Schema.Kind, path.Slug, "en")))
            {
                diagnostics.Report(DiagnosticCodes.OrphanTranslation, SourcePosition.StartOf(path.Path),
                    $"this translation has no English original: create {path.Schema.Folder}/{path.Path.Split('/')[^1].Replace(".fr.md", ".md", StringComparison.Ordinal)} first, or fix the file name so it matches the original's.");
            }
        }

        foreach (var document in documents.Where(d => !d.Path.IsTranslation))
        {
            originals.TryAdd((document.Path.Schema.Kind, document.Path.Slug), document);
        }

        var translations = documents
            .Where(d => d.Path.IsTranslation)
            .GroupBy(d => (d.Path.Schema.Kind, d.Path.Slug))
            .ToDictionary(g => g.Key, g => g.First());

        return originals
            .Where(o => firstPath[(o.Key.Item1, o.Key.Item2, "en")] == o.Value.Path.Path)
            .Select(o => new DocumentGroup(o.Value, translations.GetValueOrDefault(o.Key)))
            .ToList();
    }

    /// <summary>Translations whose English file exists but could not be read (WC101 to WC112): they have no group.</summary>
    public static IEnumerable<SourceDocument> WithUnreadableOriginal(IReadOnlyList<SourceDocument> documents, IReadOnlyList<ContentPath> allPaths)
    {
        var read = documents.Where(d => !d.Path.IsTranslation).Select(d => (d.Path.Schema.Kind, d.Path.Slug)).ToHashSet();
        var existing = allPaths.Where(p => !p.IsTranslation).Select(p => (p.Schema.Kind, p.Slug)).ToHashSet();
        return documents.Where(d => d.Path.IsTranslation && existing.Contains((d.Path.Schema.Kind, d.Path.Slug)) && !read.Contains((d.Path.Schema.Kind, d.Path.Slug)));
    }
}
