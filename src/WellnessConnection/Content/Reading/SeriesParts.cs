using WellnessConnection.Content.Diagnostics;
using WellnessConnection.Content.Model;
using WellnessConnection.Content.Yaml;

namespace WellnessConnection.Content.Reading;

/// <summary>Each part number is used once within a series.</summary>
public static class SeriesParts
{
    /// <param name="readFile">Reads a file again (its text, or null), to point at its <c>part</c> line: only when a duplicate is found.</param>
    public static void Check(IReadOnlyList<Localized<Session>> sessions, Func<string, string?> readFile, DiagnosticBag diagnostics)
    {
        var duplicates = sessions
            .Select(s => s.English)
            .Where(s => s is { Series: not null, Part: not null })
            .GroupBy(s => (s.Series, s.Part))
            .Where(g => g.Count() > 1);
        foreach (var group in duplicates)
        {
            var ordered = group.OrderBy(s => s.SourcePath, StringComparer.Ordinal).ToList();
            foreach (var session in ordered.Skip(1))
            {
                var at = PartLine(session.SourcePath, readFile) ?? SourcePosition.StartOf(session.SourcePath);
                diagnostics.Report(DiagnosticCodes.DuplicatePart, at,
                    $"{ordered[0].SourcePath} is already part {group.Key.Part} of the series \"{group.Key.Series}\"; give each session of a series its own part number.");
            }
        }
    }

    private static SourcePosition? PartLine(string path, Func<string, string?> readFile)
    {
        var text = readFile(path);
        var split = text is null ? null : FrontMatterSplitter.Split(text, path, new DiagnosticBag());
        var mapping = split is null ? null : YamlReader.ReadMapping(split.Yaml, path, split.YamlFirstLine, new DiagnosticBag());
        return mapping?.Entries.FirstOrDefault(e => e.Key == "part")?.KeyPosition;
    }
}
