namespace WellnessConnection.Content.Rendering;

/// <summary>Source text quoted in an issue, kept to one short line.</summary>
internal static class Snippet
{
    private const int MaxLength = 80;

    public static string Of(string source)
    {
        var firstLine = source.AsSpan().Trim();
        var end = firstLine.IndexOfAny('\r', '\n');
        if (end >= 0)
        {
            firstLine = firstLine[..end].TrimEnd();
        }

        var text =
            firstLine.Length <= MaxLength ? firstLine.ToString() : string.Concat(firstLine[..(MaxLength - 1)], "…");

        // Issues end up in terminal output: a control character from a content file (an
        // obfuscating tab, an ESC sequence) is shown as a visible mark, never passed through.
        return string.Create(text.Length, text, static (span, value) =>
        {
            for (var i = 0; i < value.Length; i++)
            {
                span[i] = char.IsControl(value[i]) ? '\uFFFD' : value[i];
            }
        });
    }
}
