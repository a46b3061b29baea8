using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using WellnessConnection.Content.Rendering;

namespace WellnessConnection.Tests.Content.Rendering;

/// <summary>
/// <see cref="MarkdownRenderer"/> as it was before its one walk of the tree and its one text builder: each part
/// found with Markdig's own <c>Descendants</c>, the plain text joined block by block, the HTML written into a writer
/// that grows. The oracle of <see cref="MarkdownRendererDifferentialTests"/>; the guards' rules themselves
/// (<see cref="LinkGuard"/>, <see cref="EditorAttributeGuard"/>) are shared.
/// </summary>
internal static class ReferenceMarkdownRenderer
{
    public static RenderedMarkdown Render(string markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return RenderedMarkdown.Empty with { Markdown = markdown };
        }

        var document = Markdown.Parse(markdown, MarkdownPipelines.Render);
        var links = new List<MarkdownLink>();
        var issues = new List<MarkdownIssue>(RawHtmlDetector.Detect(markdown));
        LinkGuard.Apply(
            document.Descendants<Inline>().Where(i => i is LinkInline or AutolinkInline).ToList(),
            links,
            issues
        );
        EditorAttributeGuard.Apply(document.Descendants<FencedCodeBlock>(), document.Descendants<Table>());

        var text = Blocks(document);
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        MarkdownPipelines.Render.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return new RenderedMarkdown
        {
            Markdown = markdown,
            Html = writer.ToString(),
            Text = text,
            Headings =
            [
                .. document
                    .Descendants<HeadingBlock>()
                    .Select(h => new MarkdownHeading(h.Level, Inlines(h.Inline), h.GetAttributes().Id ?? "")),
            ],
            ReadingTimeMinutes = Math.Max(
                1,
                (text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length + 199) / 200
            ),
            Links = links,
            Issues = [.. issues.OrderBy(i => i.Line).ThenBy(i => i.Column)],
        };
    }

    private static string Blocks(ContainerBlock container, string separator = "\n\n") =>
        string.Join(separator, container.Select(Block).Where(text => text.Length > 0));

    private static string Block(Block block) =>
        block switch
        {
            ListBlock list => string.Join(
                "\n",
                list.Select(item => Blocks((ListItemBlock)item, "\n")).Where(text => text.Length > 0)
            ),
            Table table => string.Join("\n", table.OfType<TableRow>().Select(Row)),
            ContainerBlock container => Blocks(container),
            LinkReferenceDefinition or ThematicBreakBlock => "",
            LeafBlock { Inline: { } inline } => Inlines(inline),
            LeafBlock leaf => leaf.Lines.ToString().TrimEnd(),
            _ => "",
        };

    private static string Row(TableRow row) =>
        string.Join("\t", row.OfType<TableCell>().Select(cell => Blocks(cell, " ")));

    /// <summary>A leaf's text, as the renderer gives a heading's (unchanged: the renderer now writes a block's
    /// inlines into its scratch builder instead).</summary>
    private static string Inlines(ContainerInline? container) => PlainTextRenderer.Inlines(container);
}
