using WellnessConnection.Content.Rendering;

namespace WellnessConnection.Tests.Content.Rendering;

public sealed class MarkdownRendererSecurityTests
{
    private readonly MarkdownRenderer _renderer = new();

    [Fact]
    public void Script_tags_are_escaped_not_rendered()
    {
        var result = _renderer.Render("Intro\n\n<script>alert(1)</script>\n");

        InertHtml.Assert(result.Html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", result.Html, StringComparison.Ordinal);
        var issue = Assert.Single(result.Issues);
        Assert.Equal(new MarkdownIssue(MarkdownIssueKind.RawHtml, 3, 1, "<script>alert(1)</script>"), issue);
    }

    [Fact]
    public void Inline_img_with_onerror_is_shown_as_text()
    {
        var result = _renderer.Render("Look <img src=x onerror=alert(1)> here");

        InertHtml.Assert(result.Html);
        Assert.Empty(InertHtml.Parse(result.Html).QuerySelectorAll("img"));
        Assert.Equal("Look <img src=x onerror=alert(1)> here", result.Text);
        Assert.Equal(
            new MarkdownIssue(MarkdownIssueKind.RawHtml, 1, 6, "<img src=x onerror=alert(1)>"),
            Assert.Single(result.Issues)
        );
    }

    [Fact]
    public void Raw_html_anchor_with_javascript_href_is_shown_as_text()
    {
        var result = _renderer.Render("First line\n<a href=\"javascript:alert(1)\">click</a>");

        InertHtml.Assert(result.Html);
        Assert.Empty(InertHtml.Parse(result.Html).QuerySelectorAll("a"));
        Assert.Empty(result.Links);
        Assert.All(result.Issues, issue => Assert.Equal((MarkdownIssueKind.RawHtml, 2), (issue.Kind, issue.Line)));
        Assert.Equal(2, result.Issues.Count);
    }

    [Fact]
    public void Markdown_link_with_javascript_scheme_keeps_only_its_text()
    {
        var result = _renderer.Render("Para one.\n\nSee [the guide](javascript:alert(1)) now.");

        InertHtml.Assert(result.Html);
        Assert.DoesNotContain("javascript", result.Html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("<p>Para one.</p>\n<p>See the guide now.</p>\n", result.Html);
        Assert.Equal(
            new MarkdownIssue(MarkdownIssueKind.UnsafeLink, 3, 5, "javascript:alert(1)"),
            Assert.Single(result.Issues)
        );
        Assert.Equal(new MarkdownLink("javascript:alert(1)", 3, 5, IsImage: false), Assert.Single(result.Links));
    }

    [Theory]
    [InlineData("[x](JaVaScRiPt:alert(1))")]
    [InlineData("[x](java&#09;script:alert(1))")]
    [InlineData("[x](java&#x0A;script:alert(1))")]
    [InlineData("[x](&#106;avascript:alert(1))")]
    [InlineData("[x](javascript&colon;alert(1))")]
    [InlineData("[x](<java script:alert(1)>)")]
    [InlineData("[x](<\u0001javascript:alert(1)>)")]
    [InlineData("[x](  javascript:alert(1) )")]
    public void Obfuscated_javascript_schemes_are_recognised(string markdown)
    {
        var result = _renderer.Render(markdown);

        InertHtml.Assert(result.Html);
        Assert.Equal("<p>x</p>\n", result.Html);
        Assert.Equal(MarkdownIssueKind.UnsafeLink, Assert.Single(result.Issues).Kind);
    }

    [Fact]
    public void Data_url_link_is_rendered_without_target()
    {
        var result = _renderer.Render("[open](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)");

        InertHtml.Assert(result.Html);
        Assert.Equal("<p>open</p>\n", result.Html);
        Assert.Equal(MarkdownIssueKind.UnsafeLink, Assert.Single(result.Issues).Kind);
    }

    [Fact]
    public void Data_url_image_is_dropped_but_its_alt_text_kept()
    {
        var result = _renderer.Render("Before\n\n![A calm lake](data:image/svg+xml;base64,PHN2Zz4=)");

        InertHtml.Assert(result.Html);
        Assert.Empty(InertHtml.Parse(result.Html).QuerySelectorAll("img"));
        Assert.Contains("<p>A calm lake</p>", result.Html, StringComparison.Ordinal);
        Assert.Equal(
            new MarkdownIssue(MarkdownIssueKind.UnsafeLink, 3, 1, "data:image/svg+xml;base64,PHN2Zz4="),
            Assert.Single(result.Issues)
        );
        Assert.True(Assert.Single(result.Links).IsImage);
    }

    [Theory]
    [InlineData("[x](vbscript:msgbox(1))")]
    [InlineData("[x](file:///etc/passwd)")]
    [InlineData("[x](VBScript:msgbox(1))")]
    public void Other_dangerous_schemes_are_dropped(string markdown)
    {
        var result = _renderer.Render(markdown);

        InertHtml.Assert(result.Html);
        Assert.Equal("<p>x</p>\n", result.Html);
        Assert.Equal(MarkdownIssueKind.UnsafeLink, Assert.Single(result.Issues).Kind);
    }

    [Fact]
    public void Javascript_autolink_is_shown_as_plain_text()
    {
        var result = _renderer.Render("Try <javascript:alert(1)>");

        InertHtml.Assert(result.Html);
        Assert.Empty(InertHtml.Parse(result.Html).QuerySelectorAll("a"));
        Assert.Equal("<p>Try javascript:alert(1)</p>\n", result.Html);
        Assert.Equal(
            new MarkdownIssue(MarkdownIssueKind.UnsafeLink, 1, 5, "javascript:alert(1)"),
            Assert.Single(result.Issues)
        );
    }

    [Fact]
    public void Reference_link_with_javascript_definition_is_dropped()
    {
        var result = _renderer.Render("See [this][ref].\n\n[ref]: javascript:alert(1)");

        InertHtml.Assert(result.Html);
        Assert.Equal("<p>See this.</p>\n", result.Html);
        Assert.Equal(
            new MarkdownIssue(MarkdownIssueKind.UnsafeLink, 1, 5, "javascript:alert(1)"),
            Assert.Single(result.Issues)
        );
    }

    [Fact]
    public void Generic_attribute_syntax_stays_inert_text()
    {
        var result = _renderer.Render("# Title {onclick=\"alert(1)\" .evil}");

        InertHtml.Assert(result.Html);
        var heading = Assert.Single(InertHtml.Parse(result.Html).QuerySelectorAll("h1"));
        Assert.Equal(["id"], heading.Attributes.Select(a => a.Name));
        Assert.Equal("Title {onclick=\"alert(1)\" .evil}", heading.TextContent);
        Assert.Empty(result.Issues);
    }

    [Theory]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>", "<iframe src=\"https://evil.example\"></iframe>")]
    [InlineData("<style>body { display: none }</style>", "<style>body { display: none }</style>")]
    [InlineData("<svg onload=alert(1)>", "<svg onload=alert(1)>")]
    [InlineData("<div onclick=\"alert(1)\">hi</div>", "<div onclick=\"alert(1)\">hi</div>")]
    [InlineData(
        "<form action=\"https://evil.example\"><input type=\"text\"></form>",
        "<form action=\"https://evil.example\"><input type=\"text\"></form>"
    )]
    public void Dangerous_html_blocks_are_escaped_and_reported(string markdown, string snippet)
    {
        var result = _renderer.Render("Text\n\n" + markdown);

        InertHtml.Assert(result.Html);
        Assert.Equal(new MarkdownIssue(MarkdownIssueKind.RawHtml, 3, 1, snippet), Assert.Single(result.Issues));
        Assert.Single(InertHtml.Parse(result.Html).Children, e => e.TextContent == markdown);
    }

    [Fact]
    public void Html_comments_are_shown_as_text_and_reported()
    {
        var result = _renderer.Render("<!-- hidden note -->\n\nVisible");

        InertHtml.Assert(result.Html);
        Assert.Equal(
            new MarkdownIssue(MarkdownIssueKind.RawHtml, 1, 1, "<!-- hidden note -->"),
            Assert.Single(result.Issues)
        );
    }

    [Fact]
    public void Link_title_cannot_break_out_of_its_attribute()
    {
        var result = _renderer.Render("[x](https://a.example \"a\\\" onmouseover=\\\"alert(1)\")");

        InertHtml.Assert(result.Html);
        var link = Assert.Single(InertHtml.Parse(result.Html).QuerySelectorAll("a"));
        Assert.Equal(["href", "rel", "title"], link.Attributes.Select(a => a.Name).Order());
        Assert.Equal("a\" onmouseover=\"alert(1)", link.GetAttribute("title"));
        Assert.Empty(result.Issues);
    }

    [Fact]
    public void Image_alt_text_cannot_break_out_of_its_attribute()
    {
        var result = _renderer.Render("![x\" onerror=\"alert(1)](https://a.example/lake.png)");

        InertHtml.Assert(result.Html);
        var image = Assert.Single(InertHtml.Parse(result.Html).QuerySelectorAll("img"));
        Assert.Equal(["alt", "src"], image.Attributes.Select(a => a.Name).Order());
        Assert.Equal("x\" onerror=\"alert(1)", image.GetAttribute("alt"));
    }

    [Fact]
    public void Raw_html_inside_a_list_is_reported_at_its_own_line_and_column()
    {
        var result = _renderer.Render("- one\n- two <b onmouseover=x>bold</b>");

        InertHtml.Assert(result.Html);
        Assert.Equal(
            [
                new MarkdownIssue(MarkdownIssueKind.RawHtml, 2, 7, "<b onmouseover=x>"),
                new MarkdownIssue(MarkdownIssueKind.RawHtml, 2, 28, "</b>"),
            ],
            result.Issues
        );
    }

    [Fact]
    public void Raw_html_in_code_is_just_code_and_not_reported()
    {
        var result = _renderer.Render("Use `<script>` here\n\n```html\n<script>alert(1)</script>\n```");

        InertHtml.Assert(result.Html);
        Assert.Contains("<code>&lt;script&gt;alert(1)&lt;/script&gt;\n</code>", result.Html, StringComparison.Ordinal);
        Assert.Empty(result.Issues);
    }

    [Fact]
    public void Control_characters_in_an_issue_are_made_visible()
    {
        var result = _renderer.Render("[x](<java\u001b[31mscript:alert(1)>)");

        Assert.Equal("java\uFFFD[31mscript:alert(1)", Assert.Single(result.Issues).Detail);
    }
}
