using WellnessConnection.Content.Diagnostics;

namespace WellnessConnection.Content.Reading;

/// <summary>
/// Finds the <c>---</c> delimited front matter block. This is Markdig's YAML front matter rule, done
/// by hand so that each file is parsed by Markdig once (for its body) rather than twice.
/// </summary>
public static class FrontMatterSplitter
{
    public static FrontMatterSplit? Split(string text, string path, DiagnosticBag diagnostics)
    {
        var firstLine = LineAt(text, 0);
        if (firstLine.TrimEnd() is not "---")
        {
            var hint = firstLine.TrimStart().StartsWith('-')
                ? "the first line must be exactly three hyphens `---`."
                : "the first line must be `---`, then the fields (`title: ...`), then another `---` line, then the "
                    + "text.";
            diagnostics.Report(
                DiagnosticCodes.MissingFrontMatter,
                SourcePosition.StartOf(path),
                "the file has no front matter block: " + hint
            );
            return null;
        }

        // Line by line through the text itself: a file is not cut into lines and joined again.
        var yamlStart = Math.Min(firstLine.Length + 1, text.Length);
        var lineNumber = 2;
        for (var start = yamlStart; start < text.Length; lineNumber++)
        {
            var line = LineAt(text, start);
            var next = start + line.Length + 1;
            if (line.TrimEnd() is "---" or "...")
            {
                var yaml = text[yamlStart..Math.Max(yamlStart, start - 1)];
                var body = next < text.Length ? text[next..] : "";
                return new FrontMatterSplit(yaml, 2, body, lineNumber + 1);
            }

            start = next;
        }

        diagnostics.Report(
            DiagnosticCodes.UnclosedFrontMatter,
            SourcePosition.StartOf(path),
            "the front matter block opened on line 1 is never closed: add a line `---` after the last field."
        );
        return null;
    }

    /// <summary>The line starting at <paramref name="start"/>, without its line break.</summary>
    private static ReadOnlySpan<char> LineAt(string text, int start)
    {
        var rest = text.AsSpan(start);
        var end = rest.IndexOf('\n');
        return end < 0 ? rest : rest[..end];
    }
}
