using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Text;
using WellnessConnection.Content.Diagnostics;
using WellnessConnection.Content.Schema;

namespace WellnessConnection.Content.Reading;

/// <summary>What a file's path says: its document type, slug, language and (for sessions) date prefix.</summary>
public sealed partial record ContentPath(
    string Path,
    DocumentSchema Schema,
    string Slug,
    string Language,
    LocalDate? DatePrefix
)
{
    public bool IsTranslation => Language != "en";

    /// <summary>Classifies <paramref name="path"/> (relative, with <c>/</c>); null when the file is not a
    /// document.</summary>
    /// <param name="files">Every file of the folder, so that a suggested new name is not one already taken.</param>
    public static ContentPath? Parse(string path, IReadOnlyCollection<string> files, DiagnosticBag diagnostics)
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
            var why =
                schema is null
                    ? $"\"{parts[0]}/\" is not a content "
                        + $"folder.{Suggestions.DidYouMean(parts[0], ContentSchemas.Documents.Select(s => s.Folder))} "
                        + $"Content folders: {folders}"
                : parts.Length > 2
                    ? $"files in sub-folders of {parts[0]}/ are not read; move it directly into {parts[0]}/"
                : "only .md files are read";
            diagnostics.Report(
                DiagnosticCodes.UnknownFolder,
                SourcePosition.StartOf(path),
                $"this file is ignored: {why}."
            );
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
                var suggested = Slugs.Suggest(stem);
                diagnostics.Report(
                    DiagnosticCodes.InvalidFileName,
                    SourcePosition.StartOf(path),
                    $"a session file name starts with its date: rename it to "
                        + $"\"<yyyy-mm-dd>-{suggested}{Extension(language)}\", e.g. \"2023-12-05-sleep-part-1.md\"."
                        + Taken(path, schema, suggested, language, files, null)
                );
                return null;
            }

            date = parsed.Value;
            stem = stem[match.Length..];
        }

        if (!Slugs.IsValid(stem))
        {
            diagnostics.Report(
                DiagnosticCodes.InvalidFileName,
                SourcePosition.StartOf(path),
                $"\"{stem}\" is not a valid slug (lower-case letters, digits and single hyphens); rename the file "
                    + $"to \"{SuggestName(name, stem, language)}\"."
                    + Taken(
                        path,
                        schema,
                        Slugs.Suggest(stem),
                        language,
                        files,
                        $"{schema.Folder}/{SuggestName(name, stem, language)}"
                    )
            );
            return null;
        }

        return new ContentPath(path, schema, stem, language, date);
    }

    /// <summary>Says which file already has the slug a rename would give, so that the rename does not make a second
    /// problem.</summary>
    private static string Taken(
        string path,
        DocumentSchema schema,
        string slug,
        string language,
        IReadOnlyCollection<string> files,
        string? suggestedPath
    )
    {
        var clash = files.FirstOrDefault(f => f != path && SlugOf(f, schema, language) == slug);
        var what = clash == suggestedPath ? "already exists" : $"already uses the slug \"{slug}\"";
        return clash is null
            ? ""
            : $" But {clash} {what}: choose another name, or merge the two files if they are the same "
                + $"{Singular(schema)}.";
    }

    /// <summary>The slug a file of <paramref name="schema"/>'s folder in <paramref name="language"/> would have,
    /// without reporting anything.</summary>
    private static string? SlugOf(string file, DocumentSchema schema, string language)
    {
        var extension = Extension(language);
        if (
            !file.StartsWith(schema.Folder + "/", StringComparison.Ordinal)
            || !file.EndsWith(extension, StringComparison.Ordinal)
            || (language == "en" && file.EndsWith(".fr.md", StringComparison.Ordinal))
        )
        {
            return null;
        }

        var stem = file[(schema.Folder.Length + 1)..^extension.Length];
        return schema.Kind == DocumentKind.Session && DatePrefixPattern().Match(stem) is { Success: true } date
            ? stem[date.Length..]
            : stem;
    }

    private static string Extension(string language) => language == "en" ? ".md" : $".{language}.md";

    private static string Singular(DocumentSchema schema) =>
        schema.Kind switch
        {
            DocumentKind.Series => "series",
            DocumentKind.CrisisLine => "crisis line",
            _ => schema.Folder.TrimEnd('s'),
        };

    /// <summary>The file name with its slug part replaced (by position: the slug may be empty, or occur inside the
    /// date).</summary>
    private static string SuggestName(string name, string stem, string language)
    {
        var extension = Extension(language);
        var prefix = name[..(name.Length - extension.Length - stem.Length)];
        return prefix + Slugs.Suggest(stem) + extension;
    }

    [GeneratedRegex(@"^(\d{4}-\d{2}-\d{2})-")]
    private static partial Regex DatePrefixPattern();
}
