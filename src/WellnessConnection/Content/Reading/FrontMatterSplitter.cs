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
        var lines = text.Split('\n');
        if (lines[0].TrimEnd() != "---")
        {
            var hint = lines[0].TrimStart().StartsWith('-')
                ? "the first line must be exactly three hyphens `---`."
                : "the first line must be `---`, then the fields (`title: ...`), then another `---` line, then the text.";
            diagnostics.Report(DiagnosticCodes.MissingFrontMatter, SourcePosition.StartOf(path), "the file has no front matter block: " + hint);
            return null;
        }

        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd();
            if (line is "---" or "...")
            {
                var yaml = string.Join('\n', lines[1..i]);
                var body = string.Join('\n', lines[(i + 1)..]);
                return new FrontMatterSplit(yaml, 2, body, i + 2);
            }
        }

        diagnostics.Report(DiagnosticCodes.UnclosedFrontMatter, SourcePosition.StartOf(path),
            "the front matter block opened on line 1 is never closed: add a line `---` after the last field.");
        return null;
    }
}
