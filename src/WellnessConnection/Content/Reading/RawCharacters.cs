using WellnessConnection.Content.Diagnostics;
using WellnessConnection.Content.Schema;

namespace WellnessConnection.Content.Reading;

/// <summary>
/// Reports the refused and the direction-reversing characters typed (or pasted) anywhere in a file, front matter and
/// body alike, with their line and column. Escapes in quoted YAML values are checked per field by the field reader.
/// </summary>
internal static class RawCharacters
{
    /// <summary>Enough to show the editor the pattern without flooding the report; the run already fails at
    /// one.</summary>
    private const int MaxPerFile = 10;

    public static void Report(string text, string path, DiagnosticBag diagnostics)
    {
        if (!TextCharacters.MayHaveRefusedOrBidiLines(text))
        {
            return;
        }

        var reported = 0;
        var lines = text.Split('\n');
        for (var line = 0; line < lines.Length && reported < MaxPerFile; line++)
        {
            var content = lines[line];
            if (TextCharacters.FirstRefused(content, lineBreaks: false) is var refused and >= 0)
            {
                diagnostics.Report(
                    DiagnosticCodes.ForbiddenCharacter,
                    new SourcePosition(path, line + 1, refused + 1),
                    $"the text contains {TextCharacters.Describe(content, refused)}; remove it (it is often pasted "
                        + $"in unseen)."
                );
                reported++;
            }
            else if (TextCharacters.FirstBidiControl(content) is var bidi and >= 0)
            {
                diagnostics.Report(
                    DiagnosticCodes.BidiControl,
                    new SourcePosition(path, line + 1, bidi + 1),
                    $"the text contains {TextCharacters.Describe(content, bidi)}; keep it only if the line mixes "
                        + $"right-to-left and left-to-right scripts on purpose."
                );
                reported++;
            }
        }
    }
}
