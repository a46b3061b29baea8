using AngleSharp.Dom;
using Ganss.Xss;

namespace WellnessConnection.Tests.Content.Rendering;

/// <summary>
/// The tests' oracle: HtmlSanitizer configured with an allowlist of exactly what our Markdown subset may produce.
/// The renderer does not run it (at 10,000 documents it cost five times Markdig itself); instead the tests show that
/// it finds nothing to remove from the renderer's output (<see cref="RendererNeedsNoSanitizerTests"/>).
/// </summary>
internal static class AllowListSanitizer
{
    // HtmlSanitizer documents Sanitize() as thread-safe on a shared instance as long as its
    // configuration is not changed meanwhile; it is configured here, once, and never again.
    private static readonly HtmlSanitizer Sanitizer = Create();

    public static string Sanitize(string html) => Sanitizer.Sanitize(html);

    private static HtmlSanitizer Create()
    {
        // Empty(), not new HtmlSanitizerOptions(): the latter starts from the library's broad
        // defaults (style, dozens of tags), and any collection left unset would keep them.
        var options = HtmlSanitizerOptions.Empty();
        options.AllowedTags.UnionWith([
            "p",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "a",
            "img",
            "ul",
            "ol",
            "li",
            "blockquote",
            "code",
            "pre",
            "em",
            "strong",
            "del",
            "sub",
            "sup",
            "mark",
            "ins",
            "table",
            "thead",
            "tbody",
            "tr",
            "th",
            "td",
            "hr",
            "br",
            "input",
        ]);

        // No style or align: table alignment is lost, a price worth the smaller surface.
        // rel carries our own "noopener noreferrer" on external links.
        options.AllowedAttributes.UnionWith([
            "href",
            "src",
            "alt",
            "title",
            "id",
            "class",
            "rel",
            "type",
            "checked",
            "disabled",
        ]);
        options.UriAttributes.UnionWith(["href", "src"]);
        options.AllowedSchemes.UnionWith(["http", "https", "mailto", "tel"]);

        // Only the task-list classes; a fenced block's "language-..." class comes from the
        // editor's text and could collide with the partner page's own classes.
        options.AllowedClasses.UnionWith(["contains-task-list", "task-list-item", "task-list-item-checkbox"]);

        var sanitizer = new HtmlSanitizer(options);
        sanitizer.PostProcessNode += (_, e) => LockInput(e.Node);
        return sanitizer;
    }

    // The only input Markdown makes is a task-list tick box; whatever arrives, make it that.
    private static void LockInput(INode node)
    {
        if (node is IElement { LocalName: "input" } input)
        {
            input.SetAttribute("type", "checkbox");
            input.SetAttribute("disabled", "disabled");
        }
    }
}
