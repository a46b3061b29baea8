using WellnessConnection.Content.Rendering;

namespace WellnessConnection.Content.Reading.Builders;

/// <summary>The contract's default summary: the first paragraph of the body, as plain text.</summary>
public static class DefaultSummary
{
    public static string Of(RenderedMarkdown body)
    {
        // Paragraph by paragraph until the first that is not a heading: a body is not cut up whole for its first lines.
        var text = body.Text;
        var headings = body.Headings.Select(h => h.Text).ToHashSet(StringComparer.Ordinal);
        for (var start = 0; start < text.Length; )
        {
            var end = text.IndexOf("\n\n", start, StringComparison.Ordinal);
            var paragraph = text[start..(end < 0 ? text.Length : end)].Trim();
            if (paragraph.Length > 0 && !headings.Contains(paragraph))
            {
                return paragraph;
            }

            start = end < 0 ? text.Length : end + 2;
        }

        return "";
    }
}
