using System.Globalization;
using System.Text;

namespace WellnessConnection.Benchmarks.Corpus;

/// <summary>Makes slugs from titles and names, unique within one document type (a repeated title gets -2,
/// -3...).</summary>
public sealed class SlugRegistry
{
    private const int MaxLength = 60;

    private readonly HashSet<string> taken = new(StringComparer.Ordinal);

    public string Claim(string text)
    {
        var slug = Slugify(text);
        if (taken.Add(slug))
        {
            return slug;
        }

        for (var n = 2; ; n++)
        {
            var candidate = string.Create(CultureInfo.InvariantCulture, $"{slug}-{n}");
            if (taken.Add(candidate))
            {
                return candidate;
            }
        }
    }

    /// <summary>Lower-case ASCII letters, digits and single hyphens; accents dropped, apostrophes removed ("we'll" is
    /// "well").</summary>
    public static string Slugify(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '’')
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().Trim('-');
        if (slug.Length > MaxLength)
        {
            var cut = slug.LastIndexOf('-', MaxLength);
            slug = slug[..(cut > 0 ? cut : MaxLength)];
        }

        return slug.Length > 0 ? slug : "untitled";
    }
}
