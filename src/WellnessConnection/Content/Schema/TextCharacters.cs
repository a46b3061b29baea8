using System.Buffers;
using System.Globalization;
using System.Text;

namespace WellnessConnection.Content.Schema;

/// <summary>
/// Characters no editor means to type and that break what the text is written into: a C0 control makes an Atom feed
/// invalid XML (500 for every reader) and lands raw in an ICS file; C1 controls, unpaired surrogates and noncharacters
/// are not text at all. Bidi overrides and isolates are legitimate in Arabic or Hebrew but can hide what a line says,
/// so they are only a warning.
/// </summary>
public static class TextCharacters
{
    // What the checks below look for, found first by one vectorised search: nearly every text has none, and is then
    // not walked character by character. Made from the checks themselves, so the two cannot disagree; a surrogate is
    // in both, as the pair it starts may be a noncharacter.
    private static readonly SearchValues<char> RefusedOnOneLine = CharactersWhere(c => IsRefused(c, lineBreaks: false));
    private static readonly SearchValues<char> RefusedOverLines = CharactersWhere(c => IsRefused(c, lineBreaks: true));
    private static readonly SearchValues<char> RefusedOrBidiOverLines = CharactersWhere(c =>
        c != '\n' && (IsRefused(c, lineBreaks: false) || IsBidiControl(c))
    );

    /// <summary>The index of the first refused character, or -1. Tab is always allowed, line breaks only if <paramref
    /// name="lineBreaks"/>.</summary>
    public static int FirstRefused(string text, bool lineBreaks)
    {
        var first = text.AsSpan().IndexOfAny(lineBreaks ? RefusedOverLines : RefusedOnOneLine);
        if (first < 0)
        {
            return -1;
        }

        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var rune = new Rune(c, text[i + 1]);
                if ((rune.Value & 0xFFFE) == 0xFFFE)
                {
                    return i;
                }

                i++;
                continue;
            }

            if (IsRefused(c, lineBreaks))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// False when no line of <paramref name="text"/> can have a character that <see cref="FirstRefused"/> (on one line)
    /// or <see cref="FirstBidiControl"/> finds: the text need not be cut into lines to be checked.
    /// </summary>
    public static bool MayHaveRefusedOrBidiLines(string text) => text.AsSpan().ContainsAny(RefusedOrBidiOverLines);

    /// <summary>The index of the first bidi override or isolate (U+202A–U+202E, U+2066–U+2069), or -1.</summary>
    public static int FirstBidiControl(string text) =>
        text.AsSpan().IndexOfAnyInRange('\u202A', '\u202E') is var embed and >= 0
            ? embed
            : text.AsSpan().IndexOfAnyInRange('\u2066', '\u2069');

    /// <summary>"U+0001 (a control character)": how a message names the character, never the character
    /// itself.</summary>
    public static string Describe(string text, int index)
    {
        var c = text[index];
        var code = char.IsHighSurrogate(c) && index + 1 < text.Length ? char.ConvertToUtf32(c, text[index + 1]) : c;
        var what = c switch
        {
            '\n' or '\r' or '\u2028' or '\u2029' => "a line break; this field must be on one line",
            < '\u0020' or '\u007F' => "a control character",
            >= '\u0080' and <= '\u009F' => "a control character",
            _ when char.IsSurrogate(c) && code == c => "half of a character (an unpaired surrogate)",
            >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' =>
                "an invisible character that reverses the direction of the text",
            _ => "a noncharacter",
        };
        return $"U+{code.ToString("X4", CultureInfo.InvariantCulture)} ({what})";
    }

    private static bool IsBidiControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';

    private static SearchValues<char> CharactersWhere(Func<char, bool> matches) =>
        SearchValues.Create([
            .. Enumerable.Range(char.MinValue, char.MaxValue + 1).Select(i => (char)i).Where(matches),
        ]);

    private static bool IsRefused(char c, bool lineBreaks) =>
        c switch
        {
            '\t' => false,
            '\n' or '\r' or '\u2028' or '\u2029' => !lineBreaks,
            < '\u0020' or '\u007F' => true,
            >= '\u0080' and <= '\u009F' => true,
            >= '\uFDD0' and <= '\uFDEF' => true,
            '\uFFFE' or '\uFFFF' => true,
            _ => char.IsSurrogate(c),
        };
}
