using Microsoft.Extensions.DependencyInjection;
using WellnessConnection.Hosting;
using WellnessConnection.Storage;
using WellnessConnection.Tests.GraphQL;
using WellnessConnection.Tests.Storage.Indexing;

namespace WellnessConnection.Tests.Hosting.LiveContent;

/// <summary>
/// A reload patches a copy of the index in service with the documents that changed. After each kind of edit, the
/// patched index must answer exactly as an index built anew from the same folder, in both locales.
/// </summary>
public sealed class IndexPatchTests
{
    public static TheoryData<string, Action<LiveContentFactory>, int> Edits =>
        new()
        {
            {
                "a session's title and text",
                f =>
                    Edit(
                        f,
                        "sessions/2026-12-08-example-sleep-part-2.md",
                        "building a routine",
                        "keeping a routine",
                        "fictional second part",
                        "imaginary second part"
                    ),
                1
            },
            {
                "a new topic, listed by an existing session",
                f =>
                {
                    f.Content.Write(
                        "topics/example-new-topic.md",
                        "---\nname: Example new topic\nsummary: An example topic added by a test.\n---\nAbout the "
                            + "new topic.\n"
                    );
                    Edit(
                        f,
                        "sessions/2026-12-17-example-peer-support-drop-in.md",
                        "topics: [",
                        "topics: [example-new-topic, "
                    );
                },
                2
            },
            {
                "a new French translation",
                f =>
                    f.Content.Write(
                        "topics/burnout.fr.md",
                        "---\nname: Épuisement professionnel\n---\n"
                            + "Séances et ressources sur l'épuisement en médecine.\n"
                    ),
                1
            },
            {
                "a deleted resource",
                f => File.Delete(Path.Combine(f.Content.Path, "resources/example-peer-support-conversation-guide.md")),
                0
            },
            { "a series every part links to", f => Edit(f, "series/sleep.md", "title: ", "title: Renamed — "), 1 },
            {
                "a facilitator's text",
                f => Edit(f, "facilitators/example-facilitator-a.md", "---\n", "---\npronouns: they/them\n", count: 1),
                1
            },
        };

    [Theory]
    [MemberData(nameof(Edits))]
    public async Task A_patched_index_answers_as_a_new_one_built_from_the_same_files(
        string edit,
        Action<LiveContentFactory> change,
        int documentsWritten
    )
    {
        using var live = new LiveContentFactory(watch: false);
        using var client = live.CreateClient();
        var before = await ContentDump.DumpAsync(client, "EN");

        change(live);
        var reload = live.Services.GetRequiredService<ContentPublisher>().Reload("test");

        Assert.True(reload.Succeeded, $"{edit}: {string.Join("; ", reload.Errors)}");
        var patched = live.Services.GetRequiredService<IndexStore>().Current!;
        Assert.True(patched.Statistics.Patched, edit);
        Assert.Equal(documentsWritten, patched.Statistics.DocumentsWritten);
        SearchIndexCheck.AssertMatchesItsTexts(patched.ConnectionString);

        using var fresh = new FolderApiFactory(live.Content.Path);
        using var freshClient = fresh.CreateClient();
        foreach (var locale in new[] { "EN", "FR" })
        {
            Assert.Equal(await ContentDump.DumpAsync(freshClient, locale), await ContentDump.DumpAsync(client, locale));
        }

        Assert.NotEqual(before, await ContentDump.DumpAsync(client, "EN"));
    }

    /// <summary>
    /// The documents naming it did not change, but their reference is now unknown: an error, not a reuse. The index
    /// in service keeps no links of its documents' bodies: what their reading looked up tells that a link broke.
    /// </summary>
    [Theory]
    [InlineData("topics/burnout.md", "burnout", "sessions/")] // named in the sessions' front matter
    [InlineData("sessions/2023-12-05-sleep-part-1.md", "sleep-part-1", "facilitators/daniela-isfan.md")] // a link
    public void A_document_left_unchanged_is_read_again_when_a_document_it_names_is_deleted(
        string deleted,
        string slug,
        string naming
    )
    {
        using var live = new LiveContentFactory(watch: false);
        _ = live.Services.GetRequiredService<IndexStore>().Current;

        File.Delete(Path.Combine(live.Content.Path, deleted));
        var reload = live.Services.GetRequiredService<ContentPublisher>().Reload("test");

        Assert.False(reload.Succeeded);
        // A file, a position and a code: /readyz is public, and the message would quote the file.
        Assert.Contains(reload.Errors, e =>
            e.StartsWith(naming, StringComparison.Ordinal)
            && e.Contains("error WC", StringComparison.Ordinal)
            && !e.Contains(slug, StringComparison.Ordinal)
        );
    }

    [Fact]
    public async Task An_edit_of_site_yml_rebuilds_the_index_since_its_defaults_apply_to_every_document()
    {
        using var live = new LiveContentFactory(watch: false);
        using var client = live.CreateClient();

        Edit(live, "site.yml", "defaultDurationMinutes: 60", "defaultDurationMinutes: 75");
        var reload = live.Services.GetRequiredService<ContentPublisher>().Reload("test");

        Assert.True(reload.Succeeded, string.Join("; ", reload.Errors));
        var statistics = live.Services.GetRequiredService<IndexStore>().Current!.Statistics;
        Assert.False(statistics.Patched);
        using var fresh = new FolderApiFactory(live.Content.Path);
        using var freshClient = fresh.CreateClient();
        Assert.Equal(await ContentDump.DumpAsync(freshClient, "EN"), await ContentDump.DumpAsync(client, "EN"));
    }

    [Fact]
    public async Task An_index_file_is_patched_in_a_copy_and_the_old_file_is_deleted()
    {
        await InIndexFolderAsync(async directory =>
        {
            using var live = new IndexFileFactory(directory);
            using var client = live.CreateClient();
            var before = await ContentDump.DumpAsync(client, "EN");
            var first = Assert.Single(IndexFiles(directory));

            Edit(live, "pages/faq.md", "title: ", "title: Edited by a test, ");
            var reload = live.Services.GetRequiredService<ContentPublisher>().Reload("test");

            Assert.True(reload.Succeeded);
            Assert.True(live.Services.GetRequiredService<IndexStore>().Current!.Statistics.Patched);
            var second = Assert.Single(IndexFiles(directory));
            Assert.NotEqual(first, second);
            var after = await ContentDump.DumpAsync(client, "EN");
            Assert.NotEqual(before, after);
            Assert.Contains("Edited by a test, ", after, StringComparison.Ordinal);
        });
    }

    /// <summary>
    /// A patch begins with a copy of the index in service; the copy is made ahead, in the background, while the index
    /// serves, so that an editor does not wait for it. The next patch takes it, the index it patched then gets its
    /// own, and nothing is left behind once the server stops.
    /// </summary>
    [Fact]
    public async Task A_patch_starts_from_a_copy_of_the_index_made_ahead_and_no_copy_is_left_behind()
    {
        await InIndexFolderAsync(async directory =>
        {
            using (var live = new IndexFileFactory(directory))
            {
                using var client = live.CreateClient();
                var store = live.Services.GetRequiredService<IndexStore>();
                var first = store.Current!;
                var spare = first.Spare ?? throw new InvalidOperationException("No copy was started at start-up.");
                await spare.Copying;
                Assert.Equal(File.ReadAllBytes(first.Location.File!), File.ReadAllBytes(spare.Path));

                Edit(live, "pages/faq.md", "title: ", "title: Edited by a test, ");
                var reload = live.Services.GetRequiredService<ContentPublisher>().Reload("test");

                Assert.True(reload.Succeeded);
                var second = store.Current!;
                Assert.True(second.Statistics.CopiedAhead);
                Assert.False(File.Exists(spare.Path));
                Assert.Contains(
                    "Edited by a test, ",
                    await ContentDump.DumpAsync(client, "EN"),
                    StringComparison.Ordinal
                );
                var next = second.Spare ?? throw new InvalidOperationException("No copy was started after the patch.");
                await next.Copying;
                Assert.Equal(File.ReadAllBytes(second.Location.File!), File.ReadAllBytes(next.Path));
            }

            // Each index is released as the server stops; a copy nobody took is deleted once made.
            for (var wait = 0; wait < 200 && Directory.GetFiles(directory).Length > 0; wait++)
            {
                await Task.Delay(50);
            }

            Assert.Empty(Directory.GetFiles(directory));
        });
    }

    /// <summary>A refused reload may have taken the copy (its build is discarded with it): the next reload does not
    /// go without one.</summary>
    [Fact]
    public async Task After_a_rejected_reload_the_next_patch_has_a_copy_made_ahead_again()
    {
        await InIndexFolderAsync(async directory =>
        {
            using var live = new IndexFileFactory(directory);
            using var client = live.CreateClient();
            var store = live.Services.GetRequiredService<IndexStore>();
            var publisher = live.Services.GetRequiredService<ContentPublisher>();
            var taken = store.Current!.Spare!;
            await taken.Copying;
            var faq = File.ReadAllText(Path.Combine(live.Content.Path, "pages/faq.md"));

            // As a refused build that wrote a document before the error does (whether it writes one first depends
            // on its threads' timing): the copy is taken, and the build's file deleted with it.
            var took = Path.Combine(directory, "taken.sqlite");
            Assert.True(store.Current.TryTakeSpare(took));
            File.Delete(took);
            live.Content.Write("pages/faq.md", faq.Replace("title: ", "title: [", StringComparison.Ordinal));
            Assert.False(publisher.Reload("test").Succeeded);
            var again = store.Current!.Spare ?? throw new InvalidOperationException("No copy after the rejection.");
            Assert.NotSame(taken, again);
            await again.Copying;
            live.Content.Write("pages/faq.md", faq.Replace("title: ", "title: Edited, ", StringComparison.Ordinal));

            Assert.True(publisher.Reload("test").Succeeded);
            Assert.True(store.Current!.Statistics.CopiedAhead);
            Assert.Contains("Edited, ", await ContentDump.DumpAsync(client, "EN"), StringComparison.Ordinal);
        });
    }

    /// <summary>Runs <paramref name="test"/> with an index folder of its own, deleted after.</summary>
    private static async Task InIndexFolderAsync(Func<string, Task> test)
    {
        var directory = Directory.CreateTempSubdirectory("wc-index-").FullName;
        try
        {
            await test(directory);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static string[] IndexFiles(string directory) => Directory.GetFiles(directory, "*.sqlite");

    private static void Edit(LiveContentFactory factory, string path, params string[] replacements) =>
        Edit(factory, path, replacements[0], replacements[1], count: -1, replacements[2..]);

    private static void Edit(
        LiveContentFactory factory,
        string path,
        string from,
        string to,
        int count = -1,
        params string[] more
    )
    {
        var text = File.ReadAllText(Path.Combine(factory.Content.Path, path));
        Assert.Contains(from, text, StringComparison.Ordinal);
        var at = text.IndexOf(from, StringComparison.Ordinal);
        text =
            count == 1
                ? string.Concat(text.AsSpan(0, at), to, text.AsSpan(at + from.Length))
                : text.Replace(from, to, StringComparison.Ordinal);
        factory.Content.Write(path, text);
        if (more.Length >= 2)
        {
            Edit(factory, path, more[0], more[1], count: -1, more[2..]);
        }
    }

    /// <summary>The live server with its index in files, as deployed.</summary>
    private sealed class IndexFileFactory(string indexDirectory) : LiveContentFactory(watch: false)
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Index:InMemory", "false");
            builder.UseSetting("Index:Directory", indexDirectory);
        }
    }
}
