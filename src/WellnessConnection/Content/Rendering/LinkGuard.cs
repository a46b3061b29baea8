using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace WellnessConnection.Content.Rendering;

/// <summary>
/// Lists every link and image of a parsed body, takes the target off those whose scheme is not
/// allowed, and marks external links. It rewrites the syntax tree before rendering, so an unsafe
/// URL never reaches the HTML at all.
/// </summary>
internal static class LinkGuard
{
    private const string ExternalRel = "noopener noreferrer";

    /// <param name="inlines">The body's links and autolinks in document order (<see cref="BodyParts.Links"/>),
    /// listed before any is changed: a neutralised link is detached from the tree.</param>
    public static void Apply(
        IReadOnlyList<Inline> inlines,
        ICollection<MarkdownLink> links,
        ICollection<MarkdownIssue> issues
    )
    {
        foreach (var inline in inlines)
        {
            var (url, isImage) = inline switch
            {
                LinkInline link => (link.GetDynamicUrl?.Invoke() ?? link.Url ?? "", link.IsImage),
                AutolinkInline autolink => (autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url, false),
                _ => throw new InvalidOperationException("Unexpected inline " + inline.GetType().Name),
            };

            var line = inline.Line + 1;
            var column = inline.Column + 1;
            links.Add(new MarkdownLink(url, line, column, isImage));

            if (!UrlPolicy.IsAllowed(url))
            {
                issues.Add(new MarkdownIssue(MarkdownIssueKind.UnsafeLink, line, column, Snippet.Of(url)));
                Neutralize(inline);
            }
            else if (!isImage && UrlPolicy.IsExternal(url))
            {
                inline.GetAttributes().AddPropertyIfNotExist("rel", ExternalRel);
            }
        }
    }

    // A link keeps its text and an image its alt text, as plain content in place of the element.
    private static void Neutralize(Inline inline)
    {
        switch (inline)
        {
            case LinkInline link:
                while (link.FirstChild is { } child)
                {
                    child.Remove();
                    link.InsertBefore(child);
                }

                link.Remove();
                break;
            case AutolinkInline autolink:
                autolink.ReplaceBy(new LiteralInline(autolink.Url) { Line = autolink.Line, Column = autolink.Column });
                break;
        }
    }
}
