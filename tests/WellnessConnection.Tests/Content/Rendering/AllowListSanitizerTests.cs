namespace WellnessConnection.Tests.Content.Rendering;

/// <summary>The oracle itself, fed HTML the renderer would never produce: it must remove what is outside the
/// allowlist.</summary>
public sealed class AllowListSanitizerTests
{
    [Theory]
    [InlineData("<script>alert(1)</script><p>ok</p>", "<p>ok</p>")]
    [InlineData("<p onclick=\"alert(1)\" style=\"color:red\" align=\"center\">ok</p>", "<p>ok</p>")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>", "<a>x</a>")]
    [InlineData("<a href=\"data:text/html,x\">x</a>", "<a>x</a>")]
    [InlineData("<img src=\"x\" onerror=\"alert(1)\">", "<img src=\"x\">")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe><svg onload=\"alert(1)\"></svg><style>p{}</style>", "")]
    [InlineData(
        "<ul class=\"contains-task-list evil\"><li class=\"attacker\">x</li></ul>",
        "<ul class=\"contains-task-list\"><li>x</li></ul>"
    )]
    [InlineData(
        "<a href=\"mailto:a@example.org\" rel=\"noopener noreferrer\">m</a>",
        "<a href=\"mailto:a@example.org\" rel=\"noopener noreferrer\">m</a>"
    )]
    public void Anything_outside_the_allowlist_is_removed(string html, string expected)
    {
        var sanitized = AllowListSanitizer.Sanitize(html);

        Assert.Equal(expected, sanitized);
        InertHtml.Assert(sanitized);
    }

    [Fact]
    public void An_input_is_always_a_disabled_checkbox()
    {
        var sanitized = AllowListSanitizer.Sanitize("<input type=\"text\" value=\"x\">");

        var input = Assert.Single(InertHtml.Parse(sanitized).QuerySelectorAll("input"));
        Assert.Equal("checkbox", input.GetAttribute("type"));
        Assert.True(input.HasAttribute("disabled"));
        Assert.False(input.HasAttribute("value"));
    }
}
