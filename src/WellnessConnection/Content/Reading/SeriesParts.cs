using WellnessConnection.Content.Diagnostics;
using WellnessConnection.Content.Model;

namespace WellnessConnection.Content.Reading;

/// <summary>Each part number is used once within a series.</summary>
public static class SeriesParts
{
    /// <param name="reread">Reads a file again, to point at its <c>part</c> line: only when a duplicate is
    /// found.</param>
    public static void Check(
        IReadOnlyList<Localized<Session>> sessions,
        Func<string, SourceDocument?> reread,
        DiagnosticBag diagnostics
    )
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
                var at = reread(session.SourcePath)
                    ?.FrontMatter.Entries.FirstOrDefault(e => e.Key == "part")
                    ?.KeyPosition
                    ?? SourcePosition.StartOf(session.SourcePath);
                diagnostics.Report(
                    DiagnosticCodes.DuplicatePart,
                    at,
                    $"{ordered[0].SourcePath} is already part {group.Key.Part} of the series "
                        + $"\"{group.Key.Series}\"; give each session of a series its own part number."
                );
            }
        }
    }
}
