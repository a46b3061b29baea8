using WellnessConnection.Content.Diagnostics;
using WellnessConnection.Content.Yaml;

namespace WellnessConnection.Content.Schema;

/// <summary>A text value (<see cref="FieldType.Text"/>): trimmed, never empty, and warned about when a <c> #</c> cut
/// it.</summary>
public static class TextField
{
    public static string? Read(YamlScalar scalar, string text, string key, DiagnosticBag diagnostics)
    {
        WarnIfCut(scalar, key, diagnostics);
        return text.Length > 0 ? text : FieldMessages.Empty(scalar.Position, key, diagnostics);
    }

    /// <summary>Warns when a <c> #</c> cut the value short: YAML took the rest of the line for a comment.</summary>
    private static void WarnIfCut(YamlScalar scalar, string key, DiagnosticBag diagnostics)
    {
        if (scalar.Comment is not { } comment || scalar.IsNull)
        {
            return;
        }

        var whole = $"{scalar.Value} {comment.Text}";
        var quoted = whole.Contains('"', StringComparison.Ordinal) ? "" : $": `{key}: \"{whole}\"`";
        diagnostics.Report(
            DiagnosticCodes.ValueCutByComment,
            comment.Position,
            $"\"{key}\" is read as \"{scalar.Value}\": YAML treats ` {comment.Text}` as a comment and drops it. "
                + $"If it is part of the value, put the whole value in double quotes{quoted}; if it is a note, move "
                + $"it to a line of its own."
        );
    }
}
