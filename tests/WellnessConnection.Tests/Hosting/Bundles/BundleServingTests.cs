using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WellnessConnection.Hosting;
using WellnessConnection.Hosting.Bundles;
using WellnessConnection.Hosting.LiveContent;
using WellnessConnection.Storage;
using WellnessConnection.Storage.Indexing;
using WellnessConnection.Tests.Content;
using WellnessConnection.Tests.GraphQL;
using WellnessConnection.Tests.Hosting.LiveContent;
using WellnessConnection.Tests.Storage.Bundles;

namespace WellnessConnection.Tests.Hosting.Bundles;

/// <summary>
/// A server started from bundles answers as one started from the content folder, swaps to a newer bundle and never
/// back, and keeps serving when a newer bundle is broken.
/// </summary>
public sealed class BundleServingTests : IDisposable
{
    private const string FaqTitle = "{ page(slug: \"faq\") { title } }";

    private readonly BundleFolder bundles = new();
    private readonly TemporaryContentFolder content = TemporaryContentFolder.CopyOf(
        ContentFixtures.SampleContentDirectory
    );

    [Fact]
    public async Task A_server_started_from_the_newest_bundle_answers_as_one_started_from_its_folder()
    {
        SetFaqTitle("An older title");
        bundles.Make(content.Path, minutesAfterNow: 1);
        SetFaqTitle("Frequently asked questions, as bundled");
        var newest = bundles.Make(content.Path, minutesAfterNow: 2);

        using var fromBundles = new BundleApiFactory(bundles.Path);
        using var fromFolder = new FolderApiFactory(content.Path);
        using var bundleClient = fromBundles.CreateClient();
        using var folderClient = fromFolder.CreateClient();

        foreach (var locale in new[] { "EN", "FR" })
        {
            Assert.Equal(
                await ContentDump.DumpAsync(folderClient, locale),
                await ContentDump.DumpAsync(bundleClient, locale)
            );
        }

        var readiness = await ReadinessAsync(bundleClient);
        Assert.Equal(Path.GetFileName(newest), (string?)readiness["lastReload"]!["bundle"]);
        Assert.Equal(
            (await folderClient.GetAsync("/graphql?query={__typename}")).Headers.GetValues("X-Content-Version"),
            (await bundleClient.GetAsync("/graphql?query={__typename}")).Headers.GetValues("X-Content-Version")
        );
    }

    [Fact]
    public async Task A_newer_bundle_is_swapped_in_and_an_older_one_never()
    {
        SetFaqTitle("First");
        bundles.Make(content.Path, minutesAfterNow: 10);
        using var server = new BundleApiFactory(bundles.Path);
        using var client = server.CreateClient();
        Assert.Equal("First", await FaqTitleAsync(client));

        SetFaqTitle("Second");
        bundles.Make(content.Path, minutesAfterNow: 20);
        var swap = Reload(server);
        Assert.True(swap.Succeeded && swap.Changed, string.Join("; ", swap.Errors));
        Assert.Equal("Second", await FaqTitleAsync(client));

        SetFaqTitle("Made earlier, dropped later");
        bundles.Make(content.Path, minutesAfterNow: 15);
        var look = Reload(server);
        Assert.True(look.Succeeded);
        Assert.False(look.Changed);
        Assert.Equal("Second", await FaqTitleAsync(client));
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("corrupt")]
    public async Task A_broken_newer_bundle_is_refused_and_the_one_in_service_stays(string damage)
    {
        SetFaqTitle("Good");
        bundles.Make(content.Path, minutesAfterNow: 1);
        using var server = new BundleApiFactory(bundles.Path);
        using var client = server.CreateClient();

        SetFaqTitle("Broken");
        var broken = bundles.Make(content.Path, minutesAfterNow: 2);
        var (trailer, payload) = BundleFolder.Split(broken);
        if (damage == "truncated")
        {
            payload = payload[..(payload.Length / 3)];
        }
        else
        {
            payload[payload.Length / 3] ^= 0x01;
        }

        BundleFolder.Join(broken, trailer, payload);

        var reload = Reload(server);
        Assert.False(reload.Succeeded);
        Assert.False(reload.Changed);
        Assert.Contains(reload.Errors, e => e.Contains(damage, StringComparison.Ordinal));
        Assert.Equal("Good", await FaqTitleAsync(client));
        Assert.False((bool)(await ReadinessAsync(client))["lastReload"]!["succeeded"]!);

        // Refused once: the next look does not report the same file again.
        Assert.True(Reload(server).Succeeded);
    }

    [Fact]
    public async Task The_watcher_swaps_when_its_poll_comes_round()
    {
        SetFaqTitle("Before the poll");
        bundles.Make(content.Path, minutesAfterNow: -5);
        using var server = new BundleApiFactory(bundles.Path, pollSeconds: 30);
        using var client = server.CreateClient();

        SetFaqTitle("After the poll");
        var staging = Path.Combine(bundles.Path, ".staging");
        var made = bundles.Make(content.Path, minutesAfterNow: -4, into: staging);
        File.Move(made, Path.Combine(bundles.Path, Path.GetFileName(made)));
        server.Clock.Advance(TimeSpan.FromSeconds(30));

        Assert.Equal(
            "After the poll",
            await Polling.UntilAsync(() => FaqTitleAsync(client), t => t != "Before the poll")
        );
    }

    [Fact]
    public void A_server_with_no_bundle_it_can_serve_does_not_start()
    {
        File.WriteAllText(Path.Combine(bundles.Path, "a.wcbundle"), "not a bundle");
        using var store = new IndexStore(TimeProvider.System);
        var publisher = new BundlePublisher(
            Options.Create(new BundleOptions { Directory = bundles.Path }),
            new ContentIndexer(new IndexOptions { InMemory = true }, ContentFixtures.Clock(), []),
            store,
            new ReloadStatus(),
            ContentFixtures.Clock(),
            NullLogger<BundlePublisher>.Instance
        );
        using var report = new StringWriter();

        Assert.False(publisher.PublishAtStartup(report));
        Assert.Contains("no bundle in", report.ToString(), StringComparison.Ordinal);
        Assert.Contains("a.wcbundle is not a content bundle", report.ToString(), StringComparison.Ordinal);
        Assert.Null(store.Current);
    }

    private void SetFaqTitle(string title)
    {
        var path = Path.Combine(content.Path, "pages", "faq.md");
        var lines = File.ReadAllLines(path);
        var at = Array.FindIndex(lines, l => l.StartsWith("title: ", StringComparison.Ordinal));
        lines[at] = $"title: \"{title}\"";
        File.WriteAllLines(path, lines);
    }

    private static ContentReload Reload(BundleApiFactory server) =>
        server.Services.GetRequiredService<IContentPublisher>().Reload(ContentReload.BundleWatch);

    private static async Task<string?> FaqTitleAsync(HttpClient client) =>
        (string?)(await client.DataAsync(FaqTitle))["page"]!["title"];

    private static async Task<JsonNode> ReadinessAsync(HttpClient client) =>
        JsonNode.Parse(await client.GetStringAsync("/readyz"))!;

    public void Dispose()
    {
        bundles.Dispose();
        content.Dispose();
    }
}
