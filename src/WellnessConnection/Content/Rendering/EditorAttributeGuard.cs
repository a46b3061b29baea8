using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace WellnessConnection.Content.Rendering;

/// <summary>
/// Drops the two attributes Markdig would otherwise derive from the editor's text, so the HTML carries no class or
/// style a partner page did not ask for: a fenced block's info string (<c>```html</c> → <c>class="language-html"</c>,
/// which could collide with the host page's own classes) and a pipe table's column alignment
/// (<c>style="text-align"</c>).
/// Raw HTML is never rendered (<see cref="MarkdownPipelines"/>) and link targets are checked by <see
/// cref="LinkGuard"/>;
/// with this, the HTML stays within the allow-list the security tests check, without a sanitizer pass.
/// </summary>
internal static class EditorAttributeGuard
{
    public static void Apply(MarkdownDocument document)
    {
        // Blocks only: a walk of every descendant would visit every inline of the body too.
        foreach (var fenced in document.Descendants<FencedCodeBlock>())
        {
            fenced.GetAttributes().Classes = null;
        }

        foreach (var table in document.Descendants<Table>())
        {
            foreach (var column in table.ColumnDefinitions)
            {
                column.Alignment = null;
            }
        }
    }
}
