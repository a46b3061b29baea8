using System.Net;
using AngleSharp.Dom;

namespace WellnessConnection.Tests.Hosting.EditorPreview;

/// <summary><c>/preview/&lt;type&gt;/&lt;slug&gt;</c>: one document as a reader would see it, drafts and scheduled
/// sessions included.</summary>
public sealed class EditorPreviewDocumentTests(EditorPreviewFactory factory) : IClassFixture<EditorPreviewFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task A_session_shows_its_title_times_series_people_topics_and_body()
    {
        var page = await client.GetPageAsync("/preview/sessions/example-sleep-part-2");

        Assert.Equal("Example: Sleep (part II) — building a routine that works", page.QuerySelector("h1")?.TextContent);
        Assert.Equal(
            ["Tues., Dec. 8, 2026, 7 PM ET", "Tues., Dec. 8, 2026, 7 PM ET (America/Toronto)"],
            page.QuerySelectorAll(".ep-times time").Select(t => t.TextContent)
        );
        Assert.Equal("2026-12-08T19:00:00-05:00", page.QuerySelector(".ep-times time")?.GetAttribute("datetime"));
        Assert.Equal(["Sleep", "part 2"], Values(page, "Series"));
        Assert.Equal("/preview/series/sleep", Link(page, "Series"));
        Assert.Equal(["Example Facilitator A"], Values(page, "Facilitators"));
        Assert.Equal(["Sleep", "Self-care"], Values(page, "Topics"));
        Assert.Equal("https://example.org/register/example-sleep-part-2", Link(page, "Registration"));
        Assert.Contains(
            "This fictional second part of the sleep series",
            page.QuerySelector(".ep-body p:nth-child(2)")?.TextContent,
            StringComparison.Ordinal
        );
        Assert.Equal(
            "This is an example session for demonstration; it is not a real event.",
            page.QuerySelector(".ep-body em")?.TextContent
        );
        Assert.Equal(EditorPreviewFactory.SessionPath, page.QuerySelector(".ep-files .ep-file")?.TextContent);
    }

    [Fact]
    public async Task A_session_in_another_zone_shows_eastern_time_and_its_own()
    {
        var page = await client.GetPageAsync("/preview/sessions/example-mindful-pause-pacific");

        Assert.Equal(
            ["Thurs., Feb. 11, 2027, 6 PM ET", "Thurs., Feb. 11, 2027, 4 PM PT (America/Vancouver)"],
            page.QuerySelectorAll(".ep-times time").Select(t => t.TextContent)
        );
    }

    [Fact]
    public async Task A_draft_and_a_scheduled_session_are_shown_and_marked()
    {
        var draft = await client.GetPageAsync("/preview/sessions/" + EditorPreviewFactory.DraftSlug);
        var scheduled = await client.GetPageAsync("/preview/sessions/" + EditorPreviewFactory.ScheduledSlug);

        Assert.Equal("Example: Leading through change (draft)", draft.QuerySelector("h1")?.TextContent);
        Assert.Equal("Draft", draft.QuerySelector(".ep-state .ep-badge")?.TextContent);
        Assert.Equal("Example: A session announced later", scheduled.QuerySelector("h1")?.TextContent);
        Assert.Equal("Scheduled", scheduled.QuerySelector(".ep-state .ep-badge")?.TextContent);
    }

    [Fact]
    public async Task A_crisis_line_shows_every_contact_detail()
    {
        var page = await client.GetPageAsync("/preview/crisis-lines/988-suicide-crisis-helpline");

        Assert.Equal("9-8-8: Suicide Crisis Helpline", page.QuerySelector("h1")?.TextContent);
        Assert.Equal("tel:988", Link(page, "Phone"));
        Assert.Equal("sms:988", Link(page, "Text"));
        Assert.Equal("https://988.ca", Link(page, "Website"));
        Assert.Equal(["24/7"], Values(page, "Hours"));
        Assert.Equal(["en", "fr"], Values(page, "Languages"));
        Assert.Equal(["2026-11-27 (today)"], Values(page, "Last verified"));
        Assert.Equal("https://988.ca", Link(page, "Source"));
    }

    [Fact]
    public async Task The_french_version_is_shown_with_locale_fr()
    {
        var page = await client.GetPageAsync("/preview/crisis-lines/988-suicide-crisis-helpline?locale=fr");

        Assert.Equal("fr", page.QuerySelector("article")?.GetAttribute("lang"));
        Assert.Contains("Ligne d'aide", page.QuerySelector("h1")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(
            ["crisis-lines/988-suicide-crisis-helpline.md, crisis-lines/988-suicide-crisis-helpline.fr.md"],
            page.QuerySelectorAll(".ep-files .ep-file").Select(f => f.TextContent)
        );
    }

    [Fact]
    public async Task A_french_session_time_is_in_the_french_style()
    {
        var page = await client.GetPageAsync("/preview/sessions/example-sleep-part-2?locale=fr");

        Assert.Equal("mar. 8 déc. 2026, 19 h HE", page.QuerySelector(".ep-times time")?.TextContent);
    }

    [Theory]
    [InlineData("/preview/sessions/no-such-session")]
    [InlineData("/preview/workshops/example-sleep-part-2")]
    [InlineData("/preview/sessions/example-sleep-part-2?locale=de")]
    public async Task An_unknown_document_type_or_locale_is_404(string path)
    {
        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("ep-message", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static IElement? Description(IParentNode page, string label) =>
        page.QuerySelectorAll(".ep-facts dt").FirstOrDefault(d => d.TextContent == label)?.NextElementSibling;

    private static IEnumerable<string> Values(IParentNode page, string label) =>
        Description(page, label)?.QuerySelectorAll("span").Select(s => s.TextContent.Trim()) ?? [];

    private static string? Link(IParentNode page, string label) =>
        Description(page, label)?.QuerySelector("a")?.GetAttribute("href");
}
