using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace WellnessConnection.GraphQL.Search;

/// <summary>A search snippet as safe HTML.</summary>
public static class SnippetMarkup
{
    private static readonly HtmlEncoder TextEncoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>
    /// Escapes the snippet's text, then wraps the matches (between FTS5's markers) in <c>&lt;mark&gt;</c> elements.
    /// Only HTML-sensitive characters are escaped: French letters stay readable (<c>é</c>, not <c>&amp;#233;</c>).
    /// </summary>
    public static string Highlight(string snippet) =>
        string.Concat(
            snippet
                .Split(['\u0002', '\u0003'])
                .Select((part, i) => i % 2 == 1 ? $"<mark>{TextEncoder.Encode(part)}</mark>" : TextEncoder.Encode(part))
        );
}
