using WellnessConnection.Content.Rendering;

namespace WellnessConnection.Tests.Content.Rendering;

public sealed class MarkdownRendererTests
{
    private readonly MarkdownRenderer _renderer = new();

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t\n  ")]
    public void Empty_bodies_render_to_an_empty_result(string markdown)
    {
        var result = _renderer.Render(markdown);

        Assert.Equal(markdown, result.Markdown);
        Assert.Equal("", result.Html);
        Assert.Equal("", result.Text);
        Assert.Empty(result.Headings);
        Assert.Empty(result.Links);
        Assert.Empty(result.Issues);
        Assert.Equal(0, result.ReadingTimeMinutes);
    }

    [Fact]
    public void The_markdown_is_kept_as_given()
    {
        const string markdown = "Hello *there*\n";

        Assert.Equal(markdown, _renderer.Render(markdown).Markdown);
    }

    [Fact]
    public void Headings_get_github_style_anchors_and_duplicates_are_numbered()
    {
        var result = _renderer.Render("# Sleep *well*\n\n## Sleep well\n\n## Sleep well\n\n### Ça va?");

        Assert.Equal(
            [
                new MarkdownHeading(1, "Sleep well", "sleep-well"),
                new MarkdownHeading(2, "Sleep well", "sleep-well-1"),
                new MarkdownHeading(2, "Sleep well", "sleep-well-2"),
                new MarkdownHeading(3, "Ça va?", "ça-va"),
            ],
            result.Headings
        );
        Assert.Contains("<h1 id=\"sleep-well\">Sleep <em>well</em></h1>", result.Html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"sleep-well-2\">Sleep well</h2>", result.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_heading_text_gets_the_same_anchor_in_every_render()
    {
        var first = _renderer.Render("Intro\n\n## Getting support\n");
        var second = _renderer.Render("Other text\n\n# Getting support\n");

        Assert.Equal("getting-support", Assert.Single(first.Headings).Anchor);
        Assert.Equal(first.Headings[0].Anchor, second.Headings[0].Anchor);
    }

    [Fact]
    public void Task_lists_render_as_disabled_checkboxes()
    {
        var result = _renderer.Render("- [x] Book a session\n- [ ] Invite a colleague");

        InertHtml.Assert(result.Html);
        var boxes = InertHtml.Parse(result.Html).QuerySelectorAll("input");
        Assert.Equal(2, boxes.Length);
        Assert.All(boxes, box =>
            Assert.Equal(("checkbox", true), (box.GetAttribute("type"), box.HasAttribute("disabled")))
        );
        Assert.Equal([true, false], boxes.Select(b => b.HasAttribute("checked")));
        Assert.Contains("<ul class=\"contains-task-list\">", result.Html, StringComparison.Ordinal);
        Assert.Equal("Book a session\nInvite a colleague", result.Text);
    }

    [Fact]
    public void Pipe_tables_render_without_inline_styles()
    {
        var result = _renderer.Render("| Line | Hours |\n|:-----|------:|\n| 988 | 24/7 |");

        InertHtml.Assert(result.Html);
        var table = InertHtml.Parse(result.Html);
        Assert.Equal(["Line", "Hours"], table.QuerySelectorAll("thead th").Select(c => c.TextContent));
        Assert.Equal(["988", "24/7"], table.QuerySelectorAll("tbody td").Select(c => c.TextContent));
        Assert.DoesNotContain("style", result.Html, StringComparison.Ordinal);
        Assert.Equal("Line\tHours\n988\t24/7", result.Text);
    }

    [Fact]
    public void Emphasis_extras_are_rendered()
    {
        var result = _renderer.Render("~~old~~ H~2~O x^2^ ==key== ++new++");

        InertHtml.Assert(result.Html);
        Assert.Equal(
            "<p><del>old</del> H<sub>2</sub>O x<sup>2</sup> <mark>key</mark> <ins>new</ins></p>\n",
            result.Html
        );
    }

    [Fact]
    public void Plain_text_has_no_markup_and_no_encoded_entities()
    {
        const string markdown = """
            # Burnout & *you*

            Take **care** of `yourself` &amp; [others](/topics/self-care) &copy; 2026.
            Soft break here.

            > Quoted  
            > with a hard break

            1. First
            2. Second

            ---

            ```
            code line
            ```
            """;

        var result = _renderer.Render(markdown);

        Assert.Equal(
            "Burnout & you\n\n"
                + "Take care of yourself & others © 2026. Soft break here.\n\n"
                + "Quoted\nwith a hard break\n\n"
                + "First\nSecond\n\n"
                + "code line",
            result.Text
        );
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(200, 1)]
    [InlineData(201, 2)]
    [InlineData(401, 3)]
    public void Reading_time_is_words_at_200_a_minute_rounded_up(int words, int minutes)
    {
        var markdown = string.Join(' ', Enumerable.Repeat("word", words));

        Assert.Equal(minutes, _renderer.Render(markdown).ReadingTimeMinutes);
    }

    [Fact]
    public void A_body_without_words_still_takes_a_minute()
    {
        Assert.Equal(1, _renderer.Render("![](/images/lake.png)").ReadingTimeMinutes);
    }

    [Fact]
    public void Links_are_listed_with_their_one_based_positions()
    {
        const string markdown = """
            See [the session](/sessions/sleep-part-1) and ![a lake](/img/lake.png).
              - Write to <team@example.org> or visit https://example.org/help
            > Call [us](tel:988) or [bad](javascript:alert(1))
            """;

        var result = _renderer.Render(markdown);

        Assert.Equal(
            [
                new MarkdownLink("/sessions/sleep-part-1", 1, 5, IsImage: false),
                new MarkdownLink("/img/lake.png", 1, 47, IsImage: true),
                new MarkdownLink("mailto:team@example.org", 2, 14, IsImage: false),
                new MarkdownLink("https://example.org/help", 2, 42, IsImage: false),
                new MarkdownLink("tel:988", 3, 8, IsImage: false),
                new MarkdownLink("javascript:alert(1)", 3, 25, IsImage: false),
            ],
            result.Links
        );
    }

    [Fact]
    public void External_links_get_noopener_noreferrer_and_internal_ones_do_not()
    {
        var result = _renderer.Render(
            "[a](https://example.org) [b](/topics/burnout) [c](#top) [d](mailto:x@example.org) [e](//example.org) "
                + "https://www.example.org"
        );

        InertHtml.Assert(result.Html);
        var rels = InertHtml
            .Parse(result.Html)
            .QuerySelectorAll("a")
            .Select(a => (a.TextContent, a.GetAttribute("rel")));
        Assert.Equal(
            [
                ("a", "noopener noreferrer"),
                ("b", null),
                ("c", null),
                ("d", null),
                ("e", "noopener noreferrer"),
                ("https://www.example.org", "noopener noreferrer"),
            ],
            rels
        );
    }

    [Fact]
    public void Relative_and_allowed_links_keep_their_targets()
    {
        var result = _renderer.Render(
            "[a](/sessions/x) [b](#anchor) [c](mailto:help@example.org) [d](tel:+1-800-555-0199) [e](../pages/faq)"
        );

        var hrefs = InertHtml.Parse(result.Html).QuerySelectorAll("a").Select(a => a.GetAttribute("href"));
        Assert.Equal(
            ["/sessions/x", "#anchor", "mailto:help@example.org", "tel:+1-800-555-0199", "../pages/faq"],
            hrefs
        );
        Assert.Empty(result.Issues);
    }

    [Fact]
    public void Rendering_is_safe_to_run_concurrently()
    {
        const string markdown = "# Title\n\n## Title\n\n[x](https://example.org) <b>raw</b> [y](javascript:z)";
        var expected = _renderer.Render(markdown);

        var results = new RenderedMarkdown[64];
        Parallel.For(0, results.Length, i => results[i] = _renderer.Render(markdown));

        Assert.All(results, r =>
        {
            Assert.Equal(expected.Html, r.Html);
            Assert.Equal(expected.Headings, r.Headings);
            Assert.Equal(expected.Issues, r.Issues);
        });
    }
}
