using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Text;
using WellnessConnection.Content.Diagnostics;
using WellnessConnection.Content.Schema;

namespace WellnessConnection.Content.Reading;

/// <summary>What a file's path says: its document type, slug, language and (for sessions) date prefix.</summary>
public sealed partial record ContentPath(string Path, DocumentSchema Schema, string Slug, string Language, LocalDate? DatePrefix)
{
    public bool IsTranslation => Language != "en";

    /// <summary>Classifies <paramref name="path"/> (relative, with <c>/</c>); null when the file is not a document.</summary>
    public static ContentPath? Parse(string path, DiagnosticBag diagnostics)
    {
        var parts = path.Split('/');
        var name = parts[^1];
        if (parts.Length == 1 || name.StartsWith('.'))
        {
            return null; // site.yml, README.md and dotfiles at the root are not documents.
        }

        var schema = ContentSchemas.Documents.FirstOrDefault(s => s.Folder == parts[0]);
        if (schema is null || parts.Length > 2 || !name.EndsWith(".md", StringComparison.Ordinal))
        {
            var folders = string.Join(", ", ContentSchemas.Documents.Select(s => s.Folder + "/"));
            var why = schema is null
                ? $"\"{parts[0]}/\" is not a content folder.{Suggestions.DidYouMean(parts[0], ContentSchemas.Documents.Select(s => s.Folder))} Content folders: {folders}"
                : parts.Length > 2 ? $"files in sub-folders of {parts[0]}/ are not read; move it directly into {parts[0]}/" : "only .md files are read";
            diagnostics.Report(DiagnosticCodes.UnknownFolder, SourcePosition.StartOf(path), $"this file is ignored: {why}.");
            return null;
        }

        var stem = name[..^".md".Length];
        var language = "en";
        if (stem.EndsWith(".fr", StringComparison.Ordinal))
        {
            language = "fr";
            stem = stem[..^".fr".Length];
        }

        LocalDate? date = null;
        if (schema.Kind == DocumentKind.Session)
        {
            var match = DatePrefixPattern().Match(stem);
            var parsed = match.Success ? LocalDatePattern.Iso.Parse(match.Groups[1].Value) : null;
            if (parsed is not { Success: true })
            {
                diagnostics.Report(DiagnosticCodes.InvalidFileName, SourcePosition.StartOf(path),
                    $"a session file name starts with its date: rename it to \"<yyyy-mm-dd>-{Slugs.Suggest(stem)}.md\", e.g. \"2023-12-05-sleep-part-1.md\".");
                return null;
            }

            date = parsed.Value;
            stem = stem[match.Length..];
        }

        if (!Slugs.IsValid(stem))
        {
            diagnostics.Report(DiagnosticCodes.InvalidFileName, SourcePosition.StartOf(path),
                $"\"{stem}\" is not a valid slug (lower-case letters, digits and single hyphens); rename the file to \"{SuggestName(name, stem, language)}\".");
            return null;
        }

        return new ContentPath(path, schema, stem, language, date);
    }

    /// <summary>The file name with its slug part replaced (by position: the slug may be empty, or occur inside the date).</summary>
    private static string SuggestName(string name, string stem, string language)
    {
        var extension = language == "en" ? ".md" : $".{language}.md";
        var prefix = name[..(name.Length - extension.Length - stem.Length)];
        return prefix + Slugs.Suggest(stem) + extension;
    }

    [GeneratedRegex(@"^(\d{4}-\d{2}-\d{2})-")]
    private static partial Regex DatePrefixPattern();
}
