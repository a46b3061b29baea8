using System.Globalization;
using Markdig.Helpers;

namespace WellnessConnection.Content.Rendering;

/// <summary>Which link and image targets may be rendered.</summary>
internal static class UrlPolicy
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto", "tel"];

    /// <summary>True for http, https, mailto and tel URLs and for relative ones.</summary>
    public static bool IsAllowed(string? url)
    {
        var prefix = Prefix(Normalize(url));
        var colon = prefix.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            // An '&' left here is an entity we could not decode ("&colon" without ';',
            // unknown names): it may hide a scheme, so it is refused rather than guessed at.
            return !prefix.Contains('&', StringComparison.Ordinal);
        }

        // Anything before that ':' is a scheme to us, even one that is not syntactically
        // valid: an odd "scheme" is refused, not interpreted.
        return AllowedSchemes.Contains(prefix[..colon], StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>True for absolute http(s) and protocol-relative URLs: they leave the partner's site.</summary>
    public static bool IsExternal(string? url)
    {
        var normalized = Normalize(url);
        if (
            normalized.StartsWith("http:", StringComparison.OrdinalIgnoreCase)
            || normalized.StartsWith("https:", StringComparison.OrdinalIgnoreCase)
        )
        {
            return true;
        }

        // Browsers read "//host", "\\host" and "/\host" as another host.
        return normalized.Length >= 2 && normalized[0] is ('/' or '\\') && normalized[1] is ('/' or '\\');
    }

    // Browsers skip whitespace and control characters inside a scheme ("java\tscript:"), and
    // an HTML attribute is entity-decoded ("java&#09;script:") before the URL parser sees it,
    // so the scheme is judged only after undoing both. Decoding more than once can only make
    // the check stricter, never let something through.
    private static string Normalize(string? url)
    {
        var current = url ?? "";
        for (var i = 0; i < 3; i++)
        {
            var decoded = HtmlHelper.Unescape(current, removeBackSlash: false);
            if (decoded == current)
            {
                break;
            }

            current = decoded;
        }

        return string.Concat(current.Where(c => !IsInvisible(c)));
    }

    private static bool IsInvisible(char c) =>
        char.IsWhiteSpace(c) || char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;

    // The part where a scheme could be: up to the first path, query or fragment delimiter.
    private static string Prefix(string url)
    {
        var end = url.AsSpan().IndexOfAny("/\\?#");
        return end < 0 ? url : url[..end];
    }
}
