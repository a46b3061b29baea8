using WellnessConnection.Content.Rendering;

namespace WellnessConnection.Content.Reading.Builders;

/// <summary>The contract's default summary: the first paragraph of the body, as plain text.</summary>
public static class DefaultSummary
{
    public static string Of(RenderedMarkdown body)
    {
        var paragraphs = body.Text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var headings = body.Headings.Select(h => h.Text).ToHashSet(StringComparer.Ordinal);
        return paragraphs.FirstOrDefault(p => !headings.Contains(p)) ?? "";
    }
}
