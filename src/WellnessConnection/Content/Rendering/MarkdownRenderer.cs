using System.Text;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace WellnessConnection.Content.Rendering;

/// <summary>
/// Renders a document body (front matter already removed) to HTML that is safe to insert into
/// a partner's page as it is, plus its plain text and outline. Thread-safe: the pipelines are
/// built once and only read afterwards.
/// </summary>
public sealed class MarkdownRenderer
{
    private const int WordsPerMinute = 200;

    public RenderedMarkdown Render(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return RenderedMarkdown.Empty with { Markdown = markdown };
        }

        var document = Markdown.Parse(markdown, MarkdownPipelines.Render);

        var parts = BodyParts.Of(document);
        var links = new List<MarkdownLink>();
        var issues = new List<MarkdownIssue>(RawHtmlDetector.Detect(markdown));
        LinkGuard.Apply(parts.Links, links, issues);
        EditorAttributeGuard.Apply(parts.FencedCode, parts.Tables);

        var text = PlainTextRenderer.Render(document, capacity: markdown.Length);
        return new RenderedMarkdown
        {
            Markdown = markdown,
            Html = Html(document, capacity: markdown.Length + (markdown.Length / 4)),
            Text = text,
            Headings = [.. parts.Headings.Select(ToHeading)],
            ReadingTimeMinutes = ReadingTime(text),
            Links = links,
            Issues = [.. issues.OrderBy(i => i.Line).ThenBy(i => i.Column)],
        };
    }

    /// <summary>
    /// A plain-text excerpt of at most <paramref name="length"/> characters, whitespace collapsed,
    /// cut at a word boundary and ended with "…" when anything was cut.
    /// </summary>
    public static string Excerpt(string text, int length)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(length);

        var collapsed = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (collapsed.Length <= length)
        {
            return collapsed;
        }

        // One character is kept for the ellipsis. A cut right before a space is already at a
        // word boundary; otherwise back up to the last space, unless the first word alone is
        // too long, which is then cut inside (never between the halves of a surrogate pair).
        var room = length - 1;
        var cut = collapsed[room] == ' ' ? room : collapsed.LastIndexOf(' ', room);
        if (cut <= 0)
        {
            cut = room > 0 && char.IsHighSurrogate(collapsed[room - 1]) ? room - 1 : room;
        }

        var kept = collapsed[..cut].TrimEnd(' ', ',', ';', ':', '.', '-', '–', '—');
        return (kept.Length > 0 ? kept : collapsed[..cut]) + "…";
    }

    private static MarkdownHeading ToHeading(HeadingBlock heading) =>
        new(heading.Level, PlainTextRenderer.Inlines(heading.Inline), heading.GetAttributes().Id ?? "");

    private static int ReadingTime(string text)
    {
        // Words counted where whitespace ends, without cutting the text into strings.
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var isSpace = char.IsWhiteSpace(c);
            words += !isSpace && !inWord ? 1 : 0;
            inWord = !isSpace;
        }

        return Math.Max(1, (words + WordsPerMinute - 1) / WordsPerMinute);
    }

    /// <summary>
    /// The document as HTML, by a renderer of its own. <c>document.ToHtml(pipeline)</c> rents one from the pipeline's
    /// shared pool, and the test suite saw, now and then under load, pages rendered without their <c>&lt;p&gt;</c> and
    /// concurrent renders that differed: the state of a renderer (such as a tight list's implicit paragraphs) must
    /// never be shared. A renderer costs little next to parsing. Its writer's builder is one this thread's renders
    /// reuse (<see cref="RenderBuilders"/>), with room for about the HTML's length (<paramref name="capacity"/>; a
    /// body's HTML is about a tenth longer than its Markdown) rather than growing to it a chunk at a time.
    /// </summary>
    private static string Html(MarkdownDocument document, int capacity)
    {
        var html = RenderBuilders.Rent(capacity);
        using var writer = new StringWriter(html);
        var renderer = new HtmlRenderer(writer);
        MarkdownPipelines.Render.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return RenderBuilders.ToStringAndReturn(html);
    }
}
