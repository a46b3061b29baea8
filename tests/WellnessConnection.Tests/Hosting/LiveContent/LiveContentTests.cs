using System.Diagnostics;
using WellnessConnection.Tests.GraphQL;
using Xunit.Abstractions;

namespace WellnessConnection.Tests.Hosting.LiveContent;

public sealed class LiveContentTests(ITestOutputHelper output)
{
    [Fact]
    public async Task An_edit_to_the_content_folder_is_served_without_a_restart()
    {
        using var factory = new LiveContentFactory();
        var client = factory.CreateClient();
        var (before, title) = await client.FaqAsync();
        Assert.Equal("Frequently asked questions", title);

        var stopwatch = Stopwatch.StartNew();
        factory.SetFaqTitle("Questions people ask");
        var (after, _) = await Polling.UntilAsync(client.FaqAsync, faq => faq.Title == "Questions people ask");
        output.WriteLine($"Visible after {stopwatch.ElapsedMilliseconds} ms.");

        Assert.NotEqual(before, after);
        var ready = await client.ReadyAsync();
        Assert.Equal(after, ready["content"]!["version"]!.GetValue<string>());
        Assert.Equal("watch", ready["lastReload"]!["trigger"]!.GetValue<string>());
        Assert.True(ready["lastReload"]!["changed"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_broken_edit_keeps_the_last_good_content_in_service_and_readyz_reports_it()
    {
        using var factory = new LiveContentFactory();
        var client = factory.CreateClient();
        var good = await client.FaqAsync();

        factory.BreakFaq();
        var ready = await Polling.UntilAsync(client.ReadyAsync, r => r["status"]!.GetValue<string>() == "Degraded");

        var lastReload = ready["lastReload"]!;
        Assert.False(lastReload["succeeded"]!.GetValue<bool>());
        Assert.Equal(good.Version, lastReload["version"]!.GetValue<string>());
        Assert.True(lastReload["errorCount"]!.GetValue<int>() >= 1);
        Assert.Contains(lastReload["errors"]!.AsArray(), e =>
            e!.GetValue<string>().StartsWith("pages/faq.md:", StringComparison.Ordinal)
        );
        Assert.Equal(good.Version, ready["content"]!["version"]!.GetValue<string>());
        Assert.Equal(good, await client.FaqAsync());
    }

    [Fact]
    public async Task Fixing_a_broken_edit_publishes_the_fixed_content_and_readyz_recovers()
    {
        using var factory = new LiveContentFactory();
        var client = factory.CreateClient();
        factory.BreakFaq();
        await Polling.UntilAsync(client.ReadyAsync, r => r["status"]!.GetValue<string>() == "Degraded");

        factory.SetFaqTitle("Fixed questions");
        await Polling.UntilAsync(client.FaqAsync, faq => faq.Title == "Fixed questions");

        // The reload's outcome is recorded just after its index is published: a request in between still sees the
        // last one's.
        var ready = await Polling.UntilAsync(client.ReadyAsync, r => r["status"]!.GetValue<string>() == "Healthy");
        Assert.True(ready["lastReload"]!["succeeded"]!.GetValue<bool>());
        Assert.Empty(ready["lastReload"]!["errors"]!.AsArray());
    }

    [Fact]
    public async Task A_new_file_is_served_and_a_deleted_one_is_gone()
    {
        using var factory = new LiveContentFactory();
        var client = factory.CreateClient();
        const string query = "{ page(slug: \"about-us\") { title } }";

        factory.Content.Write(
            "pages/about-us.md",
            "---\ntitle: About us\nsummary: Who we are.\n---\nWe are a peer-support program.\n"
        );
        await Polling.UntilAsync(() => client.DataAsync(query), data => data["page"] is not null);

        File.Delete(Path.Combine(factory.Content.Path, "pages", "about-us.md"));
        await Polling.UntilAsync(() => client.DataAsync(query), data => data["page"] is null);
    }
}
