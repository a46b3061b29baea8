using AngleSharp.Dom;

namespace WellnessConnection.Tests.Hosting.EditorPreview;

/// <summary><c>/preview</c>: every document of every type, drafts and scheduled ones marked, and the problems of the
/// last load, a refused reload's included.</summary>
public sealed class EditorPreviewListTests
{
    [Fact]
    public async Task The_list_shows_every_type_with_drafts_and_scheduled_sessions_marked()
    {
        using var factory = new EditorPreviewFactory();
        var page = await factory.CreateClient().GetPageAsync("/preview");

        Assert.Equal(
            ["Sessions", "Series", "Topics", "Facilitators", "Resources", "Crisis lines", "Pages"],
            page.QuerySelectorAll(".ep-group h2").Select(h => h.TextContent.Split(" (")[0])
        );
        var draft = Item(page, EditorPreviewFactory.DraftSlug);
        Assert.Equal("Draft", draft.QuerySelector(".ep-badge.ep-draft")?.TextContent);
        Assert.Equal("/preview/sessions/example-leadership-draft", draft.QuerySelector("a")?.GetAttribute("href"));
        var scheduled = Item(page, EditorPreviewFactory.ScheduledSlug);
        Assert.Equal("Scheduled", scheduled.QuerySelector(".ep-badge.ep-scheduled")?.TextContent);
        Assert.Contains("from Tues., Jan. 5, 2027, 9 AM ET", scheduled.TextContent, StringComparison.Ordinal);
        var published = Item(page, "example-sleep-part-2");
        Assert.Empty(published.QuerySelectorAll(".ep-badge"));
        Assert.Equal("Past", Item(page, "sleep-part-1").QuerySelector(".ep-badge")?.TextContent);
        Assert.Equal(
            "/preview/topics/self-care?locale=fr",
            Item(page, "self-care").QuerySelector("a[hreflang=fr]")?.GetAttribute("href")
        );
        Assert.NotNull(Item(page, "988-suicide-crisis-helpline"));
        Assert.NotNull(Item(page, "faq"));
        Assert.Equal("No problems: every file is valid.", page.QuerySelector(".ep-problems .ep-none")?.TextContent);
    }

    [Fact]
    public async Task A_refused_reload_shows_the_errors_of_the_files_on_disk_with_file_line_and_fix()
    {
        using var factory = new EditorPreviewFactory();
        var client = factory.CreateClient();

        factory.SetSessionTitle("title: \"Example: Sleep (part II) — never closed");
        var reload = await factory.ReloadAsync();
        var page = await client.GetPageAsync("/preview");

        Assert.False(reload.Succeeded);
        Assert.Contains(
            "The last reload was refused: 1 error.",
            page.QuerySelector(".ep-banner[role=alert]")?.TextContent,
            StringComparison.Ordinal
        );
        var problem = Assert.Single(page.QuerySelectorAll(".ep-problems tbody tr"));
        Assert.Equal("WC106", problem.GetAttribute("data-code"));
        Assert.Equal(EditorPreviewFactory.SessionPath, problem.QuerySelector(".ep-path")?.TextContent);
        Assert.Equal("2:8", problem.QuerySelector(".ep-line")?.TextContent);
        Assert.Equal("The front matter is not valid YAML.", problem.QuerySelector(".ep-title")?.TextContent);
        Assert.Equal(
            "a quoted value is not closed: add the missing `\"` at the end of the value.",
            problem.QuerySelector(".ep-message")?.TextContent
        );
        // The last good content is still listed, and its file is marked.
        var item = Item(page, "example-sleep-part-2");
        Assert.Contains("Sleep (part II) — building a routine", item.TextContent, StringComparison.Ordinal);
        Assert.Equal("1 problem", item.QuerySelector(".ep-error-count")?.TextContent);
    }

    [Fact]
    public async Task A_warning_is_listed_without_a_refusal()
    {
        using var factory = new EditorPreviewFactory();
        var client = factory.CreateClient();
        const string path = "crisis-lines/physician-health-program-bc.md";
        var text = File.ReadAllText(Path.Combine(factory.Content.Path, path));
        factory.Content.Write(path, TextWithVerification(text, "2026-03-02"));

        var reload = await factory.ReloadAsync();
        var page = await client.GetPageAsync("/preview");

        Assert.True(reload.Succeeded);
        Assert.Null(page.QuerySelector(".ep-banner"));
        var problem = Assert.Single(page.QuerySelectorAll(".ep-problems tbody tr"));
        Assert.Equal("WC502", problem.GetAttribute("data-code"));
        Assert.Equal("warning WC502", problem.QuerySelector(".ep-severity")?.TextContent);
        Assert.Contains("0 errors, 1 warning", page.QuerySelector(".ep-status")?.TextContent, StringComparison.Ordinal);
    }

    private static IElement Item(IParentNode page, string slug) =>
        page.QuerySelector($".ep-list li[data-slug='{slug}']")
        ?? throw new InvalidOperationException($"No item for {slug}.");

    private static string TextWithVerification(string text, string date) =>
        System.Text.RegularExpressions.Regex.Replace(
            text,
            "^lastVerified: .*$",
            "lastVerified: " + date,
            System.Text.RegularExpressions.RegexOptions.Multiline
        );
}
