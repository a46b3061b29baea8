using System.Text;
using Markdig.Extensions.Tables;
using Markdig.Extensions.TaskLists;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace WellnessConnection.Content.Rendering;

/// <summary>
/// Renders a parsed body as plain text: blocks separated by blank lines, list items and table
/// rows by a newline, table cells by a tab. Text comes from the syntax tree, where entities
/// and escapes are already decoded, so nothing HTML-encoded is left. A block with no text adds
/// nothing, not even its separator. Written into one builder, without a string per block.
/// </summary>
internal static class PlainTextRenderer
{
    /// <summary>Room for a paragraph's text, so that the builder a block's inlines are written to seldom
    /// grows.</summary>
    private const int ScratchCapacity = 1024;

    /// <param name="capacity">The text's expected length, such as the Markdown's.</param>
    public static string Render(MarkdownDocument document, int capacity)
    {
        var text = RenderBuilders.Rent(capacity);
        var scratch = RenderBuilders.Rent(ScratchCapacity);
        AppendBlocks(text, document, "\n\n", scratch);
        RenderBuilders.Return(scratch);
        return RenderBuilders.ToStringAndReturn(text);
    }

    /// <summary>The text of a block's inlines, trimmed (a heading's, say).</summary>
    public static string Inlines(ContainerInline? container)
    {
        var text = new StringBuilder();
        AppendInlines(text, container);
        return text.ToString().Trim();
    }

    /// <summary>The texts of <paramref name="container"/>'s blocks, <paramref name="separator"/> between those that
    /// have any.</summary>
    /// <param name="scratch">Where a block's inlines are written before they are trimmed.</param>
    private static void AppendBlocks(
        StringBuilder text,
        ContainerBlock container,
        string separator,
        StringBuilder scratch
    )
    {
        var parts = new SeparatedParts(text, separator);
        foreach (var block in container)
        {
            parts.Begin();
            AppendBlock(text, block, scratch);
            parts.End();
        }
    }

    private static void AppendBlock(StringBuilder text, Block block, StringBuilder scratch)
    {
        switch (block)
        {
            case ListBlock list:
                var items = new SeparatedParts(text, "\n");
                foreach (var item in list)
                {
                    items.Begin();
                    AppendBlocks(text, (ListItemBlock)item, "\n", scratch);
                    items.End();
                }

                break;
            case Table table:
                var rows = 0;
                foreach (var row in table.OfType<TableRow>())
                {
                    text.Append(rows++ == 0 ? "" : "\n");
                    AppendRow(text, row, scratch);
                }

                break;
            case ContainerBlock container:
                AppendBlocks(text, container, "\n\n", scratch);
                break;
            case LinkReferenceDefinition or ThematicBreakBlock:
                break;
            case LeafBlock { Inline: { } inline }:
                scratch.Clear();
                AppendInlines(scratch, inline);
                AppendTrimmed(text, scratch);
                break;
            case LeafBlock leaf:
                text.Append(leaf.Lines.ToString().AsSpan().TrimEnd());
                break;
        }
    }

    private static void AppendRow(StringBuilder text, TableRow row, StringBuilder scratch)
    {
        var cells = 0;
        foreach (var cell in row.OfType<TableCell>())
        {
            text.Append(cells++ == 0 ? "" : "\t");
            AppendBlocks(text, cell, " ", scratch);
        }
    }

    /// <summary>Appends <paramref name="source"/> without its leading and trailing white space, as
    /// <see cref="string.Trim()"/> would. A block's inlines are most often one chunk; the others are read once, chunk
    /// by chunk (the builder's indexer walks the chunks).</summary>
    private static void AppendTrimmed(StringBuilder text, StringBuilder source)
    {
        var chunks = source.GetChunks();
        if (chunks.MoveNext() && chunks.Current.Length == source.Length)
        {
            text.Append(chunks.Current.Span.Trim());
            return;
        }

        var (first, last, position) = (-1, -1, 0);
        foreach (var chunk in source.GetChunks())
        {
            foreach (var c in chunk.Span)
            {
                if (!char.IsWhiteSpace(c))
                {
                    first = first < 0 ? position : first;
                    last = position;
                }

                position++;
            }
        }

        if (first >= 0)
        {
            text.Append(source, first, last - first + 1);
        }
    }

    private static void AppendInlines(StringBuilder text, ContainerInline? container)
    {
        for (var inline = container?.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.AsSpan());
                    break;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded.AsSpan());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case AutolinkInline autolink:
                    text.Append(autolink.Url);
                    break;
                case LineBreakInline lineBreak:
                    text.Append(lineBreak.IsHard ? '\n' : ' ');
                    break;
                case TaskList:
                    break;
                case ContainerInline nested:
                    AppendInlines(text, nested);
                    break;
            }
        }
    }

    /// <summary>Parts written one after another with a separator between those that have text: a part that adds
    /// nothing takes its separator back.</summary>
    private struct SeparatedParts(StringBuilder text, string separator)
    {
        private bool any;
        private int mark;
        private int start;

        public void Begin()
        {
            mark = text.Length;
            text.Append(any ? separator : "");
            start = text.Length;
        }

        public void End()
        {
            if (text.Length == start)
            {
                text.Length = mark;
            }
            else
            {
                any = true;
            }
        }
    }
}
