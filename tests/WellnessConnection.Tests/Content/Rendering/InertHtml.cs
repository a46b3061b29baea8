using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace WellnessConnection.Tests.Content.Rendering;

/// <summary>
/// Checks rendered HTML the way a browser would read it, not by searching strings: escaped text
/// such as <c>{onclick="x"}</c> is harmless and must not fail a test, an attribute must. The allowlist
/// sanitizer must also find nothing to remove: the renderer's output is already within it.
/// </summary>
internal static class InertHtml
{
    private static readonly HashSet<string> AllowedElements =
    [
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
    ];

    private static readonly HashSet<string> AllowedAttributes =
    [
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
    ];

    private static readonly string[] SafeSchemes = ["http:", "https:", "mailto:", "tel:"];

    public static void Assert(string html)
    {
        Xunit.Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Xunit.Assert.DoesNotContain("<!--", html, StringComparison.Ordinal);
        Xunit.Assert.Equal(Parse(html).InnerHtml, Parse(AllowListSanitizer.Sanitize(html)).InnerHtml);

        foreach (var element in Parse(html).QuerySelectorAll("*"))
        {
            Xunit.Assert.Contains(element.LocalName, AllowedElements);
            foreach (var attribute in element.Attributes)
            {
                Xunit.Assert.Contains(attribute.Name, AllowedAttributes);
                if (attribute.Name is "href" or "src")
                {
                    AssertSafeUrl(attribute.Value);
                }
            }
        }
    }

    public static IElement Parse(string html)
    {
        var document = new HtmlParser().ParseDocument("<body></body>");
        document.Body!.InnerHtml = html;
        return document.Body;
    }

    private static void AssertSafeUrl(string url)
    {
        var squeezed = new string([.. url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c))]).ToLowerInvariant();
        var colon = squeezed.IndexOf(':', StringComparison.Ordinal);
        var firstDelimiter = squeezed.IndexOfAny(['/', '?', '#']);
        var hasScheme = colon >= 0 && (firstDelimiter < 0 || colon < firstDelimiter);
        Xunit.Assert.True(
            !hasScheme || SafeSchemes.Any(s => squeezed.StartsWith(s, StringComparison.Ordinal)),
            $"unsafe URL {url}"
        );
    }
}
