namespace WellnessConnection.Content.Rendering;

/// <summary>A Markdown body rendered once at load time: safe HTML, plain text and its outline.</summary>
public sealed record RenderedMarkdown
{
    public required string Markdown { get; init; }

    /// <summary>HTML safe to insert into any page as it is (no raw HTML, scripts, handlers or unsafe links).</summary>
    public required string Html { get; init; }

    /// <summary>The body as plain text, paragraphs separated by blank lines.</summary>
    public required string Text { get; init; }

    public required IReadOnlyList<MarkdownHeading> Headings { get; init; }

    public required int ReadingTimeMinutes { get; init; }

    /// <summary>Every link and image target in the body, with its position, for link checking.</summary>
    public required IReadOnlyList<MarkdownLink> Links { get; init; }

    /// <summary>Constructs that were dropped or neutralised while rendering (raw HTML, unsafe link schemes).</summary>
    public required IReadOnlyList<MarkdownIssue> Issues { get; init; }

    /// <summary>
    /// This body with only its reading time, once it is in the index: the texts (Markdown, HTML, plain text), the
    /// outline, the links and the issues are not needed again. A document kept for the next run is checked again
    /// through what its reading looked up (the loader records it), not through its links.
    /// At 10,000 sessions, the outlines, links and issues kept held about 18 MB.
    /// </summary>
    public RenderedMarkdown Released() =>
        this with
        {
            Markdown = "",
            Html = "",
            Text = "",
            Headings = [],
            Links = [],
            Issues = [],
        };

    public static RenderedMarkdown Empty { get; } =
        new()
        {
            Markdown = "",
            Html = "",
            Text = "",
            Headings = [],
            ReadingTimeMinutes = 0,
            Links = [],
            Issues = [],
        };
}
