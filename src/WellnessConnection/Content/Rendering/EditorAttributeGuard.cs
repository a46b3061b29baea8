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
    /// <param name="fencedCode">The body's fenced code blocks (<see cref="BodyParts.FencedCode"/>).</param>
    /// <param name="tables">The body's tables (<see cref="BodyParts.Tables"/>).</param>
    public static void Apply(IEnumerable<FencedCodeBlock> fencedCode, IEnumerable<Table> tables)
    {
        foreach (var fenced in fencedCode)
        {
            fenced.GetAttributes().Classes = null;
        }

        foreach (var table in tables)
        {
            foreach (var column in table.ColumnDefinitions)
            {
                column.Alignment = null;
            }
        }
    }
}
