using WellnessConnection.Content.Diagnostics;

namespace WellnessConnection.Tests.Content.Validation;

/// <summary>WC4xx: the Markdown body. Body positions are file positions: the front matter lines are counted.</summary>
public sealed class BodyRuleTests
{
    private const string Session = "sessions/2023-12-05-sleep-part-1.md";

    [Fact]
    public void A_broken_internal_link_is_reported_at_the_link_with_the_slug_meant()
    {
        var diagnostic = DiagnosticAssert.Only(
            ContentFixtures.Load("broken-link"),
            "WC401",
            Severity.Error,
            Session,
            9,
            23
        );

        Assert.Contains(
            "the link \"/topics/self-cares\" points to no document",
            diagnostic.Message,
            StringComparison.Ordinal
        );
        Assert.Contains("Did you mean \"self-care\"?", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(
        "sessions/2023-12-05-sleep-part-1",
        "session links use the slug without the date: /sessions/sleep-part-1."
    )]
    [InlineData(
        "sessions/2023-12-05-sleep-part-1#notes",
        "session links use the slug without the date: /sessions/sleep-part-1#notes."
    )]
    [InlineData("topics/self-care/more", "a link to content is /topics/<slug>, with nothing after the slug.")]
    [InlineData(
        "topics/selfcare",
        "there is no topics/selfcare.md. Did you mean \"self-care\"? Links to content are written /topics/<slug>."
    )]
    public void A_broken_internal_link_says_what_is_wrong_with_it(string target, string why)
    {
        var diagnostic = DiagnosticAssert.Only(
            LoadBody($"See [this](/{target})."),
            "WC401",
            Severity.Error,
            Session,
            7,
            5
        );

        Assert.Equal($"the link \"/{target}\" points to no document: {why}", diagnostic.Message);
    }

    [Theory]
    [InlineData("/sessions")]
    [InlineData("/topics/")]
    [InlineData("/series")]
    [InlineData("/facilitators/")]
    [InlineData("/resources")]
    [InlineData("/crisis-lines")]
    [InlineData("/pages")]
    public void A_link_to_the_list_page_of_a_content_folder_is_allowed(string target)
    {
        Assert.Empty(LoadBody($"See [all of them]({target}).").Diagnostics);
    }

    [Fact]
    public void Raw_HTML_is_one_warning_per_line_listing_its_tags()
    {
        var result = ContentFixtures.Load("raw-html");

        var diagnostic = DiagnosticAssert.Only(result, "WC402", Severity.Warning, Session, 7, 30);
        Assert.StartsWith(
            "raw HTML (<b>, </b>) is shown as text, not as HTML; use Markdown instead",
            diagnostic.Message,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Raw_HTML_on_two_lines_gives_two_warnings()
    {
        var result = LoadBody("Sessions are <b>virtual</b> and <b>free</b>.<br>\n\n<!-- check with the team -->");

        Assert.Collection(
            result.Diagnostics,
            first => DiagnosticAssert.Matches(first, "WC402", Severity.Warning, Session, 7, 14),
            second => DiagnosticAssert.Matches(second, "WC402", Severity.Warning, Session, 9, 1)
        );
        Assert.Contains(
            "raw HTML (<b>, </b>, <br>) is shown as text",
            result.Diagnostics[0].Message,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "raw HTML (<!-- check with the team -->) is shown as text",
            result.Diagnostics[1].Message,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void A_javascript_link_is_an_unsafe_link_error()
    {
        var diagnostic = DiagnosticAssert.Only(
            ContentFixtures.Load("unsafe-link"),
            "WC403",
            Severity.Error,
            Session,
            9,
            1
        );

        Assert.Contains("the link \"javascript:alert(1)\" is removed", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_resource_with_neither_url_nor_text_is_reported()
    {
        var diagnostic = DiagnosticAssert.Only(
            ContentFixtures.Load("resource-without-content"),
            "WC404",
            Severity.Error,
            "resources/sleep-toolkit.md",
            1,
            1
        );

        Assert.Contains("a resource needs a `url:`", diagnostic.Message, StringComparison.Ordinal);
    }

    /// <summary>The valid session with <paramref name="body"/> as its text, from line 7.</summary>
    private static WellnessConnection.Content.ContentLoadResult LoadBody(string body)
    {
        using var folder = ContentFixtures.CopyOf("valid");
        folder.Write(
            Session,
            $"---\ntitle: \"Sleep (part I)\"\nstarts: 2023-12-05T19:00\nfacilitators: [daniela-isfan]\ntopics: "
                + $"[self-care]\n---\n{body}\n"
        );
        return ContentFixtures.LoadFolder(folder.Path);
    }
}
