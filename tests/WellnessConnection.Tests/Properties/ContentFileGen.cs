using System.Text;
using CsCheck;

namespace WellnessConnection.Tests.Properties;

/// <summary>
/// Random content files, as a careless editor or an attacker with push access could commit them: front matter
/// made of real and unknown keys with odd values (YAML anchors, tags, flow nesting, multi-line scalars, odd
/// Unicode), bodies made of pathological Markdown runs, and raw bytes (BOM, NUL, invalid UTF-8), under real and
/// unknown folders, as files, links or links to devices.
/// </summary>
public static class ContentFileGen
{
    private static readonly string[] Folders =
    [
        "sessions",
        "pages",
        "topics",
        "facilitators",
        "series",
        "resources",
        "crisis-lines",
        "elsewhere",
        "sessions/nested",
    ];

    private static readonly string[] Keys =
    [
        "title",
        "starts",
        "timeZone",
        "durationMinutes",
        "facilitators",
        "topics",
        "series",
        "part",
        "audience",
        "registrationUrl",
        "status",
        "summary",
        "draft",
        "publishAt",
        "name",
        "order",
        "url",
        "phone",
        "tpoics",
        "x",
    ];

    private static readonly string[] Values =
    [
        "\"Sleep\"",
        "2023-12-05T19:00",
        "2026-11-01T01:30",
        "America/Vancouver",
        "Mars/Olympus",
        "90",
        "-1",
        "99999999999999999999",
        "[daniela-isfan]",
        "[self-care, nope]",
        "&a x",
        "*a",
        "!!binary aGk=",
        "!<tag:x> y",
        "|\n  multi\n  line",
        ">\n  folded",
        "{a: {b: {c: [1, [2, [3]]]}}}",
        "[[[[[[[[[[1]]]]]]]]]]",
        "\"\\u0001\"",
        "\"\\u202E\"",
        "\"\\ud800\"",
        "https://example.org/\\nEND:VEVENT",
        "javascript:alert(1)",
        "~",
        "null",
        "yes",
        "0x10",
        "'unclosed",
        "\"unclosed",
        "# comment",
        "a # b",
        "\"é\u0301\"",
        "\uFEFFtitle",
    ];

    private static readonly Gen<string> FrontMatterLine = Gen.Frequency(
        (8, Gen.Select(Gen.OneOf(Keys), Gen.OneOf(Values), (k, v) => $"{k}: {v}")),
        (2, Gen.Select(Gen.OneOf(Keys), Gen.String[0, 30], (k, v) => $"{k}: {v}")),
        (
            1,
            Gen.OneOf(
                "---",
                "...",
                "- item",
                "  indented: 1",
                "key without colon",
                "? complex key\n: value",
                "%YAML 1.2"
            )
        )
    );

    private static readonly string[] Runs =
    [
        "[a](",
        ">",
        "[",
        "*a **a ",
        "`",
        "<div>",
        "| a |",
        "  - ",
        "[x]: /y\n",
        "\\",
        "![",
        "](",
        "_",
        "~~",
        "<!--",
        "&#0;",
        "\u0000",
        "\u202E",
        "\n",
    ];

    private static readonly Gen<string> BodyPart = Gen.Frequency(
        (4, Gen.String[0, 200]),
        (3, Gen.Select(Gen.OneOf(Runs), Gen.Int[1, 3000], (run, n) => string.Concat(Enumerable.Repeat(run, n)))),
        (
            2,
            Gen.OneOf(
                "[a link](/sessions/nope)",
                "[ok](https://example.org)",
                "<script>alert(1)</script>",
                "# Heading",
                "```\ncode\n```",
                "| a | b |\n|---|---|\n| 1 | 2 |"
            )
        )
    );

    private static readonly Gen<byte[]> Text = Gen.Select(
        FrontMatterLine.Array[0, 8],
        BodyPart.Array[0, 4],
        Gen.Int[0, 4],
        (lines, body, frame) =>
        {
            var frontMatter = string.Join('\n', lines);
            var text = frame switch
            {
                0 => $"---\n{frontMatter}\n---\n{string.Concat(body)}\n",
                1 => $"---\n{frontMatter}\n{string.Concat(body)}",
                2 => string.Concat(body),
                _ => $"---\r\n{frontMatter.Replace("\n", "\r\n", StringComparison.Ordinal)}\r\n---\r\n"
                    + string.Concat(body),
            };
            return Encoding.UTF8.GetBytes(text);
        }
    );

    private static readonly Gen<byte[]> Bytes = Gen.Frequency(
        (6, Text),
        (1, Gen.Byte.Array[0, 300]),
        (1, Text.Select(t => (byte[])[0xEF, 0xBB, 0xBF, .. t])),
        (
            1,
            Gen.Select(Text, Gen.Byte, (t, b) =>
                t.Length == 0 ? new[] { b } : [.. t[..(t.Length / 2)], b, 0xFF, 0xC0, 0xAF, .. t[(t.Length / 2)..]]
            )
        )
    );

    private static readonly Gen<string> FileName = Gen.Select(
        Gen.OneOf(Folders),
        Gen.Frequency(
            (4, Gen.Char['a', 'z'].Array[1, 10].Select(c => new string(c))),
            (1, Gen.OneOf("2026-11-01-x", "Bad Name", "é", "x.fr", "-", "site"))
        ),
        Gen.OneOf(".md", ".md", ".md", ".fr.md", ".txt", ".MD", ""),
        (folder, name, extension) => $"{folder}/{name}{extension}"
    );

    /// <summary>What a generated entry in the folder is.</summary>
    public static readonly Gen<GeneratedFile> File = Gen.Frequency(
        (12, Gen.Select(FileName, Bytes, (path, bytes) => new GeneratedFile(path, bytes, null))),
        (1, FileName.Select(path => new GeneratedFile(path, [], "/dev/zero"))),
        (1, FileName.Select(path => new GeneratedFile(path, [], "."))),
        (1, FileName.Select(path => new GeneratedFile(path, [], "../../../../etc/passwd")))
    );
}
