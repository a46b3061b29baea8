using System.Collections.Concurrent;
using WellnessConnection.Content;
using WellnessConnection.Content.Loading;
using WellnessConnection.Content.Model;
using WellnessConnection.Content.Rendering;

namespace WellnessConnection.Tests.Content.Loading;

/// <summary>
/// A reload takes from the last run what cannot have changed: the analysis of the file names when the folder has
/// the same files, each document whose files were not touched. What it gives is what a first load of the folder
/// gives.
/// </summary>
public sealed class ReloadReuseTests : IDisposable
{
    private const string Edited = "sessions/2023-12-05-sleep-part-1.md";

    private readonly TemporaryContentFolder folder = TemporaryContentFolder.CopyOf(
        ContentFixtures.SampleContentDirectory
    );
    private readonly ContentLoader loader = new(ContentFixtures.Clock());

    public ReloadReuseTests() => folder.Write("notes/ideas.md", "A file the site does not read: a warning.");

    public void Dispose() => folder.Dispose();

    [Fact]
    public void A_reload_of_untouched_files_takes_the_names_and_the_documents_of_the_last_run()
    {
        var first = loader.Load(folder.Path, previous: null, sink: null);
        var again = loader.Load(folder.Path, first.Cache, sink: null);

        Assert.Same(first.Cache!.Names, again.Cache!.Names);
        Assert.All(first.Content!.Sessions.Zip(again.Content!.Sessions), pair => Assert.Same(pair.First, pair.Second));
        AssertSameAsAFirstLoad(again);
    }

    [Fact]
    public void A_new_file_makes_a_reload_read_the_names_again()
    {
        var first = loader.Load(folder.Path, previous: null, sink: null);
        folder.Write("pages/added.md", "---\ntitle: Added\n---\nA page added since.\n");

        var again = loader.Load(folder.Path, first.Cache, sink: null);

        Assert.NotSame(first.Cache!.Names, again.Cache!.Names);
        Assert.Contains(again.Content!.Pages, page => page.Slug == "added");
        AssertSameAsAFirstLoad(again);
    }

    [Fact]
    public void An_edited_file_is_read_again_and_the_others_are_not()
    {
        var first = loader.Load(folder.Path, previous: null, sink: null);
        var path = Path.Combine(folder.Path, Edited);
        File.WriteAllText(path, File.ReadAllText(path).Replace("title: ", "title: Edited ", StringComparison.Ordinal));

        var again = loader.Load(folder.Path, first.Cache, sink: null);

        var edited = again.Content!.Sessions.Single(s => s.English.SourcePath == Edited);
        Assert.StartsWith("Edited ", edited.English.Title, StringComparison.Ordinal);
        Assert.Same(first.Cache!.Names, again.Cache!.Names);
        Assert.All(first.Content!.Sessions.Zip(again.Content.Sessions).Where(pair => pair.Second != edited), pair =>
            Assert.Same(pair.First, pair.Second)
        );
        AssertSameAsAFirstLoad(again);
    }

    [Fact]
    public void With_a_sink_the_result_keeps_of_each_body_only_its_reading_time()
    {
        var sink = new DocumentsSink();

        var loaded = loader.Load(folder.Path, previous: null, sink);

        // The sink gets each document whole; the result, kept until the next run, no texts, outline, links or issues.
        var content = loaded.Content!;
        ILocalizedDocument[] all =
        [
            .. content.Sessions,
            .. content.Series,
            .. content.Topics,
            .. content.Facilitators,
            .. content.Resources,
            .. content.CrisisLines,
            .. content.Pages,
        ];
        var kept = all.SelectMany(d => d.Languages).ToDictionary(d => d.SourcePath);
        Assert.Equal(kept.Keys.Order(StringComparer.Ordinal), sink.Documents.Keys.Order(StringComparer.Ordinal));
        Assert.Contains(sink.Documents.Values, d => d.Body.Links.Count > 0);
        Assert.Contains(sink.Documents.Values, d => d.Body.Headings.Count > 0);
        Assert.All(sink.Documents, pair =>
        {
            var body = kept[pair.Key].Body;
            Assert.Equal(RenderedMarkdown.Empty with { ReadingTimeMinutes = pair.Value.Body.ReadingTimeMinutes }, body);
            Assert.Empty(body.Headings);
            Assert.Empty(body.Links);
            Assert.Empty(body.Issues);
        });
    }

    /// <summary>Versions, problems and documents as a loader without any previous run reads the folder now.</summary>
    private void AssertSameAsAFirstLoad(ContentLoadResult reload)
    {
        var fresh = new ContentLoader(ContentFixtures.Clock()).Load(folder.Path);
        Assert.Equal(fresh.Content!.Versions.Source, reload.Content!.Versions.Source);
        Assert.Equal(fresh.Content.Versions.Public, reload.Content.Versions.Public);
        Assert.Equal(fresh.Content.Versions.Scheduled, reload.Content.Versions.Scheduled);
        Assert.Equal(fresh.Diagnostics, reload.Diagnostics);
        Assert.Contains(reload.Diagnostics, d => d.Path == "notes/ideas.md");
        Assert.Equal(
            fresh.Content.Sessions.Select(s => s.English.Title),
            reload.Content.Sessions.Select(s => s.English.Title)
        );
    }

    private sealed class DocumentsSink : IContentSink
    {
        public ConcurrentDictionary<string, ContentDocument> Documents { get; } = new();

        public void Begin(IReadOnlyList<DocumentKey> documents, bool everything) { }

        public void Add<T>(Localized<T> document)
            where T : ContentDocument
        {
            foreach (var language in document.Languages)
            {
                Documents[language.SourcePath] = language;
            }
        }
    }
}
