using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace WellnessConnection.Content.Rendering;

/// <summary>
/// The parts of a parsed body that rendering looks at, found in one walk of its tree: the headings, the fenced code
/// blocks and tables whose attributes <see cref="EditorAttributeGuard"/> drops, and the links and autolinks
/// <see cref="LinkGuard"/> checks. Each list is in document order, the order of Markdig's <c>Descendants</c>, which
/// walked the tree once for each and cost more than Markdig's own HTML.
/// </summary>
internal sealed class BodyParts
{
    private BodyParts() { }

    public List<HeadingBlock> Headings { get; } = [];

    public List<FencedCodeBlock> FencedCode { get; } = [];

    public List<Table> Tables { get; } = [];

    /// <summary>Every <see cref="LinkInline"/> (images too) and <see cref="AutolinkInline"/>.</summary>
    public List<Inline> Links { get; } = [];

    public static BodyParts Of(MarkdownDocument document)
    {
        var parts = new BodyParts();
        parts.Visit(document);
        return parts;
    }

    private void Visit(ContainerBlock container)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    Headings.Add(heading);
                    break;
                case FencedCodeBlock fenced:
                    FencedCode.Add(fenced);
                    break;
                case Table table:
                    Tables.Add(table);
                    break;
            }

            if (block is ContainerBlock inner)
            {
                Visit(inner);
            }
            else if (block is LeafBlock { Inline: { } inline })
            {
                Visit(inline);
            }
        }
    }

    private void Visit(ContainerInline container)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            if (inline is LinkInline or AutolinkInline)
            {
                Links.Add(inline);
            }

            if (inline is ContainerInline nested)
            {
                Visit(nested);
            }
        }
    }
}
