using WellnessConnection.Content.Diagnostics;

namespace WellnessConnection.Tests.Content.Validation;

/// <summary>WC4xx: the Markdown body. Body positions are file positions: the front matter lines are counted.</summary>
public sealed class BodyRuleTests
{
    private const string Session = "sessions/2023-12-05-sleep-part-1.md";

    [Fact]
    public void A_broken_internal_link_is_reported_at_the_link_with_the_slug_meant()
    {
        var diagnostic = DiagnosticAssert.Only(ContentFixtures.Load("broken-link"), "WC401", Severity.Error, Session, 9, 23);

        Assert.Contains("the link \"/topics/self-cares\" points to no document", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("Did you mean \"self-care\"?", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Raw_HTML_is_a_warning_at_each_tag()
    {
        var result = ContentFixtures.Load("raw-html");

        Assert.Collection(
            result.Diagnostics,
            open => DiagnosticAssert.Matches(open, "WC402", Severity.Warning, Session, 7, 30),
            close => DiagnosticAssert.Matches(close, "WC402", Severity.Warning, Session, 7, 39));
        Assert.Contains("raw HTML (<b>) is shown as text", result.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.NotNull(result.Content);
    }

    [Fact]
    public void A_javascript_link_is_an_unsafe_link_error()
    {
        var diagnostic = DiagnosticAssert.Only(ContentFixtures.Load("unsafe-link"), "WC403", Severity.Error, Session, 9, 1);

        Assert.Contains("the link \"javascript:alert(1)\" is removed", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_resource_with_neither_url_nor_text_is_reported()
    {
        var diagnostic = DiagnosticAssert.Only(
            ContentFixtures.Load("resource-without-content"), "WC404", Severity.Error, "resources/sleep-toolkit.md", 1, 1);

        Assert.Contains("a resource needs a `url:`", diagnostic.Message, StringComparison.Ordinal);
    }
}
