using System.Text;
using WellnessConnection.Content.Schema;

namespace WellnessConnection.Tests.Content.Schema;

/// <summary>
/// The character checks skip ahead with a vectorised search; they must find exactly what a walk of every character
/// finds. Every UTF-16 code unit is tried in a line, alone and in surrogate pairs (whose value may be a noncharacter).
/// </summary>
public sealed class TextCharactersTests
{
    private static readonly string[] Surroundings = ["", "plain text ", "é, 😀 and tabs\t"];

    public static TheoryData<bool> LineBreaks => [false, true];

    [Theory]
    [MemberData(nameof(LineBreaks))]
    public void The_first_refused_character_is_the_one_a_walk_of_every_character_finds(bool lineBreaks)
    {
        foreach (var text in Texts())
        {
            var (walked, checkedFirst) = (ByWalk(text, lineBreaks), TextCharacters.FirstRefused(text, lineBreaks));
            Assert.True(walked == checkedFirst, $"{Escaped(text)}: the walk finds {walked}, the check {checkedFirst}");
        }
    }

    [Fact]
    public void A_text_said_to_have_no_refused_or_bidi_line_has_none()
    {
        foreach (var text in Texts())
        {
            var lines = text.Split('\n');
            if (lines.Any(line => ByWalk(line, lineBreaks: false) >= 0 || TextCharacters.FirstBidiControl(line) >= 0))
            {
                Assert.True(TextCharacters.MayHaveRefusedOrBidiLines(text), $"{Escaped(text)} has a refused line");
            }
        }
    }

    [Fact]
    public void A_text_of_letters_tabs_and_line_breaks_needs_no_walk()
    {
        Assert.False(TextCharacters.MayHaveRefusedOrBidiLines("Le stress, ça arrive.\n\tÀ chacun son rythme.\n"));
        Assert.True(TextCharacters.MayHaveRefusedOrBidiLines("Un\u2028saut de ligne"));
    }

    /// <summary>Every code unit between two plain words; then every high surrogate followed by U+DFFE and by U+DC00,
    /// and every low surrogate after U+D83F (D83F DFFE and D83F DFFF are the noncharacters U+1FFFE and
    /// U+1FFFF).</summary>
    private static IEnumerable<string> Texts()
    {
        foreach (var around in Surroundings)
        {
            for (var i = 0; i <= char.MaxValue; i++)
            {
                yield return $"{around}a{(char)i}b\nline two";
            }
        }

        for (var high = 0xD800; high <= 0xDBFF; high++)
        {
            yield return $"x{(char)high}\uDFFEy";
            yield return $"x{(char)high}\uDC00y";
        }

        for (var low = 0xDC00; low <= 0xDFFF; low++)
        {
            yield return $"x\uD83F{(char)low}y";
        }
    }

    /// <summary>The check as it was before the vectorised search: every character in turn.</summary>
    private static int ByWalk(string text, bool lineBreaks)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if ((new Rune(c, text[i + 1]).Value & 0xFFFE) == 0xFFFE)
                {
                    return i;
                }

                i++;
                continue;
            }

            var refused = c switch
            {
                '\t' => false,
                '\n' or '\r' or '\u2028' or '\u2029' => !lineBreaks,
                < '\u0020' or '\u007F' => true,
                >= '\u0080' and <= '\u009F' => true,
                >= '\uFDD0' and <= '\uFDEF' => true,
                '\uFFFE' or '\uFFFF' => true,
                _ => char.IsSurrogate(c),
            };
            if (refused)
            {
                return i;
            }
        }

        return -1;
    }

    private static string Escaped(string text) => string.Concat(text.Select(c => $"\\u{(int)c:X4}"));
}
