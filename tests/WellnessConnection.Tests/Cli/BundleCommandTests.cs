using WellnessConnection.Cli;
using WellnessConnection.Storage.Bundles;
using WellnessConnection.Tests.Content;
using WellnessConnection.Tests.Storage.Bundles;

namespace WellnessConnection.Tests.Cli;

public sealed class BundleCommandTests
{
    [Fact]
    public void Invalid_content_makes_no_bundle_and_says_why()
    {
        using var content = TemporaryContentFolder.CopyOf(ContentFixtures.SampleContentDirectory);
        var faq = Path.Combine(content.Path, "pages", "faq.md");
        File.WriteAllLines(faq, File.ReadAllLines(faq).Where(l => !l.StartsWith("title: ", StringComparison.Ordinal)));
        using var bundles = new BundleFolder();
        using var output = new StringWriter();
        using var error = new StringWriter();

        var status = BundleCommand.Run(content.Path, bundles.Path, null, ContentFixtures.Clock(), output, error);

        Assert.Equal(1, status);
        Assert.Empty(Directory.GetFileSystemEntries(bundles.Path));
        Assert.Contains("No bundle written", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("pages/faq.md", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_bundle_is_named_by_its_time_and_version_and_its_manifest_names_its_commit()
    {
        using var bundles = new BundleFolder();
        var path = bundles.Make(ContentFixtures.SampleContentDirectory, commit: "feedc0de");

        var manifest = BundleFile.ReadManifest(path);
        Assert.Matches(@"^20261127T120000000Z-[0-9a-f]{12}\.wcbundle$", Path.GetFileName(path));
        Assert.Equal("feedc0de", manifest.SourceCommit);
        Assert.Equal(BundleFile.TimeZoneDatabase, manifest.TimeZoneDatabase);
        Assert.Equal(new FileInfo(path).Length - BundleFolder.Split(path).Trailer.Length, manifest.PayloadBytes);
        Assert.True(manifest.Documents["sessions"] > 0);
    }
}
