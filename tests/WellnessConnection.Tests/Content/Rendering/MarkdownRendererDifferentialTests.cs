using CsCheck;
using WellnessConnection.Content.Rendering;
using WellnessConnection.Tests.Properties;

namespace WellnessConnection.Tests.Content.Rendering;

/// <summary>
/// <see cref="MarkdownRenderer"/> finds a body's headings, links and guarded blocks in one walk and writes its plain
/// text into one builder; <see cref="ReferenceMarkdownRenderer"/> does it the way it was done before, part by part.
/// Over generated bodies (nested lists and quotes, tables with missing and empty cells, safe and unsafe links inside
/// one another, entities, breaks, blocks that have no text), both must give the same HTML, text, outline, links,
/// issues and reading time.
/// </summary>
public sealed class MarkdownRendererDifferentialTests
{
    private static readonly Gen<string> Inline = Gen.OneOf(
        "word",
        "Ça va",
        "*em*",
        "**strong**",
        "~~gone~~",
        "`code`",
        "`` a ` b ``",
        "[link](https://example.org/a)",
        "[inside](/sessions/sleep)",
        "[bad](javascript:alert(1))",
        "![image](/a.png)",
        "![bad image](data:text/html,x)",
        "[![image in link](/i.png)](https://example.org)",
        "[outer [inner](/x)](javascript:y)",
        "<https://auto.example.org>",
        "<me@example.org>",
        "[ref][r]",
        "&amp;",
        "&#x1F600;",
        "&nbsp;",
        "\\*",
        "  \n",
        "\n",
        " ",
        "\t",
        "<b>bold</b>",
        "[ ] ",
        "\u00A0"
    );

    private static readonly Gen<string> Inlines = Inline.Array[0, 6].Select(string.Concat);

    private static readonly Gen<string> Block = Gen.OneOf(
        Inlines,
        Inlines.Select(i => "# " + i),
        Inlines.Select(i => "### " + i + " ###"),
        Inlines.Select(i => "Setext " + i + "\n---"),
        Inlines.Array[1, 4].Select(items => string.Concat(items.Select(i => "- " + i + "\n"))),
        Inlines.Array[1, 4].Select(items => string.Concat(items.Select((i, n) => $"{n + 1}. {i}\n\n"))),
        Inlines.Select(i => "- [ ] " + i + "\n- [x] done"),
        Inlines.Select(i => "- a\n  - " + i + "\n    > " + i),
        Inlines.Select(i => "> " + i + "\n>\n> - " + i),
        Inlines.Select(i => "> # " + i + "\n> ```\n> code\n> ```"),
        Gen.OneOf("```html\n<p>code</p>\n```", "~~~\n\n~~~", "```\n  trailing  \n\n```"),
        Gen.Const("    indented code   \n    more"),
        Gen.OneOf("---", "***", "[r]: https://example.org/ref", "[r]: javascript:bad"),
        Inlines.Select(i => $"| a | {i} |\n|:--|--:|\n| 1 | {i} |\n| |\n| x | y | z |"),
        Inlines.Select(i => $"| {i} |\n|---|\n|   |"),
        Gen.OneOf("", "   ", "<div>\nhtml\n</div>", "<!-- comment -->")
    );

    private static readonly Gen<string> Body = Gen.Select(
        Block.Array[0, 8],
        Gen.OneOf("\n", "\n\n", "\n   \n").Array[8],
        Gen.Int[0, 3],
        (blocks, separators, indent) =>
            new string(' ', indent) + string.Concat(blocks.Select((b, i) => b + separators[i]))
    );

    [Fact]
    public void The_one_walk_renders_as_the_part_by_part_renderer()
    {
        var renderer = new MarkdownRenderer();
        Body.Sample(
            markdown =>
            {
                var expected = ReferenceMarkdownRenderer.Render(markdown);
                var actual = renderer.Render(markdown);

                Assert.Equal(expected.Html, actual.Html);
                Assert.Equal(expected.Text, actual.Text);
                Assert.Equal(expected.Headings, actual.Headings);
                Assert.Equal(expected.Links, actual.Links);
                Assert.Equal(expected.Issues, actual.Issues);
                Assert.Equal(expected.ReadingTimeMinutes, actual.ReadingTimeMinutes);
            },
            seed: PropertyRuns.Seed("0000000000003"),
            iter: PropertyRuns.Iterations(3000)
        );
    }

    /// <summary>A paragraph longer than a builder the render keeps is written into a builder of several chunks, whose
    /// text is trimmed chunk by chunk rather than from one span.</summary>
    [Fact]
    public void A_paragraph_longer_than_a_kept_builder_is_trimmed_as_the_reference_trims_it()
    {
        var paragraph = "&nbsp; " + string.Concat(Enumerable.Repeat("word &amp; `code` ", 10_000)) + "&nbsp;\u2003";
        var markdown = $"# Title\n\n{paragraph}\n\n- item {paragraph}\n";

        var expected = ReferenceMarkdownRenderer.Render(markdown);
        var actual = new MarkdownRenderer().Render(markdown);

        Assert.Equal(expected.Text, actual.Text);
        Assert.Equal(expected.Html, actual.Html);
    }

    [Fact]
    public void The_generated_bodies_have_the_parts_the_walk_finds()
    {
        var counts = new int[5];
        var renderer = new MarkdownRenderer();
        Body.Sample(
            markdown =>
            {
                var rendered = renderer.Render(markdown);
                Interlocked.Add(ref counts[0], rendered.Headings.Count > 0 ? 1 : 0);
                Interlocked.Add(ref counts[1], rendered.Links.Count > 0 ? 1 : 0);
                Interlocked.Add(
                    ref counts[2],
                    rendered.Issues.Any(i => i.Kind == MarkdownIssueKind.UnsafeLink) ? 1 : 0
                );
                Interlocked.Add(ref counts[3], rendered.Html.Contains("<table>", StringComparison.Ordinal) ? 1 : 0);
                Interlocked.Add(ref counts[4], rendered.Text.Contains('\t', StringComparison.Ordinal) ? 1 : 0);
            },
            seed: PropertyRuns.Seed("0000000000003"),
            iter: PropertyRuns.Iterations(3000)
        );

        Assert.All(counts, count => Assert.True(count > 100, string.Join(", ", counts)));
    }
}
