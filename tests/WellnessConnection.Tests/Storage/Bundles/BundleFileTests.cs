using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using WellnessConnection.Storage;
using WellnessConnection.Storage.Bundles;
using WellnessConnection.Storage.Indexing;
using WellnessConnection.Tests.Content;

namespace WellnessConnection.Tests.Storage.Bundles;

/// <summary>A bundle opens as the index it was made from, and a bundle that cannot be served is refused with its
/// reason, leaving nothing behind.</summary>
public sealed class BundleFileTests : IDisposable
{
    private readonly BundleFolder bundles = new();
    private readonly string indexDirectory = Directory.CreateTempSubdirectory("wc-index-").FullName;

    private readonly ContentIndexer indexer;

    public BundleFileTests() =>
        indexer = new ContentIndexer(new IndexOptions { Directory = indexDirectory }, ContentFixtures.Clock(), []);

    [Fact]
    public async Task A_bundle_opens_as_the_index_it_was_made_from()
    {
        var path = bundles.Make(ContentFixtures.SampleContentDirectory, commit: "0123abcd");
        var content = ContentFixtures.LoadFolder(ContentFixtures.SampleContentDirectory).Content!;
        var built = indexer.Build(content);
        var opened = Open(path);
        try
        {
            Assert.Equal(built.Versions.Source, opened.Versions.Source);
            Assert.Equal(built.PublicVersionAt(ContentFixtures.Now), opened.PublicVersionAt(ContentFixtures.Now));
            Assert.Equal(built.Statistics.DocumentCounts, opened.Statistics.DocumentCounts);
            Assert.Equal("0123abcd", opened.Bundle!.SourceCommit);
            Assert.Equal(ContentFixtures.Now, opened.Bundle.CreatedAt);
            Assert.Equal(BundleFile.AppVersion, opened.Bundle.AppVersion);
            Assert.Equal(BundleFile.IndexSchemaOf(built.ConnectionString), opened.Bundle.IndexSchema);
            await using var fromBundle = opened.CreateContext();
            await using var fromFolder = built.CreateContext();
            Assert.Equal(
                await fromFolder.Sessions.Select(s => s.Title).OrderBy(t => t).ToListAsync(),
                await fromBundle.Sessions.Select(s => s.Title).OrderBy(t => t).ToListAsync()
            );
        }
        finally
        {
            built.Release();
            opened.Release();
        }

        Assert.Empty(IndexFiles());
    }

    [Theory]
    [InlineData(0.5, "truncated")]
    [InlineData(0.999, "truncated")]
    public void A_truncated_bundle_is_refused(double kept, string reason)
    {
        var path = bundles.Make(ContentFixtures.SampleContentDirectory);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(int)(bytes.Length * kept)]);

        AssertRefused(path, reason);
    }

    [Fact]
    public void A_bundle_cut_inside_its_manifest_is_refused()
    {
        var path = bundles.Make(ContentFixtures.SampleContentDirectory);
        var (trailer, payload) = BundleFolder.Split(path);
        BundleFolder.Join(path, trailer[..(trailer.Length / 2)], payload);

        AssertRefused(path, "truncated");
    }

    [Fact]
    public void A_bundle_with_one_changed_byte_is_refused_as_corrupt()
    {
        var path = bundles.Make(ContentFixtures.SampleContentDirectory);
        var (trailer, payload) = BundleFolder.Split(path);
        payload[payload.Length / 2] ^= 0x20;
        BundleFolder.Join(path, trailer, payload);

        AssertRefused(path, "corrupt: its index's CRC-64 checksum");
    }

    [Theory]
    [InlineData("appVersion", "built by app")]
    [InlineData("timeZoneDatabase", "computed its session times with tzdb")]
    public void A_bundle_made_by_another_build_is_refused(string field, string reason)
    {
        var path = bundles.Make(ContentFixtures.SampleContentDirectory);
        BundleFolder.ChangeTrailer(path, trailer =>
            System.Text.RegularExpressions.Regex.Replace(
                trailer,
                $"\"{field}\":\"[^\"]*\"",
                $"\"{field}\":\"0.9.0-other\""
            )
        );

        AssertRefused(path, reason);
    }

    [Theory]
    [InlineData("payloadCrc64")]
    [InlineData("versions")]
    public void A_manifest_without_one_of_its_fields_is_refused(string field)
    {
        var path = bundles.Make(ContentFixtures.SampleContentDirectory);
        BundleFolder.ChangeTrailer(path, trailer =>
            trailer.Replace($"\"{field}\":", $"\"no{field}\":", StringComparison.Ordinal)
        );

        AssertRefused(path, "its manifest is not JSON");
    }

    [Fact]
    public void A_manifest_is_one_readable_line_with_its_fields_named_as_in_json()
    {
        var path = bundles.Make(ContentFixtures.SampleContentDirectory);
        var (trailer, _) = BundleFolder.Split(path);
        var manifest = trailer.Split('\n')[1];

        Assert.StartsWith("{\"format\":2,\"appVersion\":\"", manifest, StringComparison.Ordinal);
        Assert.Contains("\"payloadCrc64\":\"", manifest, StringComparison.Ordinal);
        // Read by people: the + of the app's version is not escaped.
        Assert.DoesNotContain("\\u002B", manifest, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bundle_renamed_over_after_it_was_chosen_is_refused_as_replaced()
    {
        var path = bundles.Make(ContentFixtures.SampleContentDirectory);
        var chosen = BundleFile.ReadManifest(path);
        var other = bundles.Make(ContentFixtures.PathOf(ContentFixtures.Base), minutesAfterNow: 1);
        File.Move(other, path, overwrite: true);

        var refusal = Assert.Throws<BundleException>(() => indexer.Open(path, chosen));
        Assert.Contains("was replaced while it was being read", refusal.Message, StringComparison.Ordinal);
        Assert.Empty(IndexFiles());
    }

    [Fact]
    public void A_bundle_of_a_newer_format_is_refused()
    {
        var path = bundles.Make(ContentFixtures.SampleContentDirectory);
        BundleFolder.ChangeTrailer(path, trailer =>
            trailer.Replace("wellness-connection-bundle 2\n", "wellness-connection-bundle 3\n")
        );

        AssertRefused(path, "has bundle format \"3\"");
    }

    [Fact]
    public void A_bundle_whose_index_lost_bytes_is_refused_as_truncated()
    {
        var path = bundles.Make(ContentFixtures.SampleContentDirectory);
        var (trailer, payload) = BundleFolder.Split(path);
        BundleFolder.Join(path, trailer, payload[..(payload.Length - 4096)]);

        AssertRefused(path, "truncated: its index has");
    }

    [Fact]
    public void A_bundle_of_the_first_format_is_refused_with_its_format()
    {
        var path = Path.Combine(bundles.Path, "old" + BundleFile.Extension);
        File.WriteAllText(path, "wellness-connection-bundle 1\n{\"format\":1}\nSQLite format 3\0...");

        AssertRefused(path, "has bundle format \"1\"; this app reads format 2");
    }

    [Fact]
    public void A_bundle_in_the_index_folders_file_system_is_linked_not_copied()
    {
        var path = bundles.Make(ContentFixtures.SampleContentDirectory);
        using var bundlesOnTheSameFileSystem = IndexFolderOwner.Claim(Path.Combine(bundles.Path, "index"));
        var location = IndexLocation.ForBundle(bundlesOnTheSameFileSystem, path);
        try
        {
            // Two names of one file: what is appended under one is there under the other. A copy would not grow.
            var before = new FileInfo(location.File!).Length;
            File.AppendAllText(path, "x");
            Assert.Equal(before + 1, new FileInfo(location.File!).Length);
        }
        finally
        {
            location.Delete();
        }
    }

    [Fact]
    public async Task A_served_bundle_keeps_serving_when_its_file_is_deleted()
    {
        var path = bundles.Make(ContentFixtures.SampleContentDirectory);
        var opened = Open(path);
        try
        {
            File.Delete(path);
            SqliteConnection.ClearAllPools();

            await using var context = opened.CreateContext();
            Assert.NotEmpty(await context.Sessions.Select(s => s.Title).ToListAsync());
        }
        finally
        {
            opened.Release();
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("SQLite format 3\0")]
    [InlineData("wellness-connection-bundle 1\n{\"format\":1}\n")]
    [InlineData("wellness-connection-bundle 2\n{\"format\":2}\n")]
    [InlineData("wellness-connection-bundle 2\nnot json\n")]
    public void A_file_that_is_not_a_whole_bundle_is_refused(string text)
    {
        var path = Path.Combine(bundles.Path, "odd" + BundleFile.Extension);
        File.WriteAllText(path, text);

        var refusal = Assert.Throws<BundleException>(() => Open(path));
        Assert.StartsWith(path, refusal.Message, StringComparison.Ordinal);
    }

    /// <summary>The index files in the folder (beside them, the indexer's lock file while it holds the
    /// folder).</summary>
    private string[] IndexFiles() => Directory.GetFiles(indexDirectory, "index-*");

    /// <summary>As the server does: the manifest read to choose the bundle, then the bundle opened.</summary>
    private ContentIndex Open(string path) => indexer.Open(path, BundleFile.ReadManifest(path));

    private void AssertRefused(string path, string reason)
    {
        var refusal = Assert.Throws<BundleException>(() => Open(path));
        Assert.Contains(reason, refusal.Message, StringComparison.Ordinal);
        Assert.Contains(path, refusal.Message, StringComparison.Ordinal);
        Assert.Empty(IndexFiles());
    }

    public void Dispose()
    {
        indexer.Dispose();
        bundles.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(indexDirectory, recursive: true);
    }
}
