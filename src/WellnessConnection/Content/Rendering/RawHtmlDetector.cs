using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace WellnessConnection.Content.Rendering;

/// <summary>
/// Finds raw HTML in a body. The rendering pipeline has HTML disabled, so there raw HTML is
/// just text and leaves no trace in the tree; a second parse with HTML recognised is how
/// Markdig can tell us where each block and inline tag starts.
/// </summary>
internal static class RawHtmlDetector
{
    public static IEnumerable<MarkdownIssue> Detect(string markdown)
    {
        // Every raw HTML construct starts with '<': most bodies are spared the second parse.
        if (!markdown.Contains('<', StringComparison.Ordinal))
        {
            yield break;
        }

        var document = Markdown.Parse(markdown, MarkdownPipelines.Inspection);
        foreach (var node in document.Descendants())
        {
            var source = node switch
            {
                HtmlBlock block => block.Lines.ToString(),
                HtmlInline inline => inline.Tag,
                _ => null,
            };

            if (source is not null)
            {
                yield return new MarkdownIssue(
                    MarkdownIssueKind.RawHtml,
                    node.Line + 1,
                    node.Column + 1,
                    Snippet.Of(source)
                );
            }
        }
    }
}
