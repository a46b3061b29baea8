using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace WellnessConnection.Content.Schema;

/// <summary>Slugs: the stable public identifiers of documents (lower-case ASCII letters, digits, single
/// hyphens).</summary>
public static partial class Slugs
{
    public static bool IsValid(string slug) => Pattern().IsMatch(slug);

    /// <summary>The slug an editor probably meant: accents removed, lower case, other characters as single
    /// hyphens.</summary>
    public static string Suggest(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var ascii = new StringBuilder();
        foreach (
            var c in decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
        )
        {
            ascii.Append(char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-');
        }

        var slug = Hyphens().Replace(ascii.ToString(), "-").Trim('-');
        return slug.Length > 0 ? slug : "my-slug";
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Pattern();

    [GeneratedRegex("-{2,}")]
    private static partial Regex Hyphens();
}
