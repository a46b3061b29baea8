using System.Text;
using Markdig.Extensions.Tables;
using Markdig.Extensions.TaskLists;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace WellnessConnection.Content.Rendering;

/// <summary>
/// Renders a parsed body as plain text: blocks separated by blank lines, list items and table
/// rows by a newline, table cells by a tab. Text comes from the syntax tree, where entities
/// and escapes are already decoded, so nothing HTML-encoded is left.
/// </summary>
internal static class PlainTextRenderer
{
    public static string Render(MarkdownDocument document) => Blocks(document);

    public static string Inlines(ContainerInline? container)
    {
        var text = new StringBuilder();
        AppendInlines(text, container);
        return text.ToString().Trim();
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
}
