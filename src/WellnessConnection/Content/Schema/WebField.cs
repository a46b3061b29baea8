using WellnessConnection.Content.Diagnostics;

namespace WellnessConnection.Content.Schema;

/// <summary>Slugs and web addresses (<see cref="FieldType.Slug"/>, <see cref="FieldType.Url"/>).</summary>
public static class WebField
{
    public static string? Slug(string text, string key, SourcePosition at, DiagnosticBag diagnostics)
    {
        if (Slugs.IsValid(text))
        {
            return text;
        }

        diagnostics.Report(
            DiagnosticCodes.InvalidSlug,
            at,
            $"\"{text}\" in \"{key}\" is not a slug: use lower-case letters, digits and single hyphens, like "
                + $"\"{Slugs.Suggest(text)}\" (the file name without .md)."
        );
        return null;
    }

    public static Uri? Url(string text, string key, SourcePosition at, DiagnosticBag diagnostics)
    {
        if (
            Uri.TryCreate(text, UriKind.Absolute, out var uri)
            && uri.Scheme is "http" or "https"
            && uri.Host.Length > 0
            && !text.Contains(' ', StringComparison.Ordinal)
        )
        {
            return uri;
        }

        diagnostics.Report(
            DiagnosticCodes.InvalidUrl,
            at,
            $"\"{text}\" in \"{key}\" is not a full web address; write it with https://, e.g. "
                + $"`https://www.cma.ca/...`, without spaces."
        );
        return null;
    }
}
