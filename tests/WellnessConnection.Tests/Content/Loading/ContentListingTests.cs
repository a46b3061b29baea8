using WellnessConnection.Content.Diagnostics;
using WellnessConnection.Content.Loading;

namespace WellnessConnection.Tests.Content.Loading;

public sealed class ContentListingTests
{
    [Fact]
    public void The_listing_has_every_regular_file_in_order_with_the_size_and_time_it_saw()
    {
        using var folder = ContentFixtures.CopyOf(ContentFixtures.Base);
        folder.Write("pages/.draft-notes.md", "an editor's scratch file");
        folder.Write(".tools/state.md", "a tool's state");
        folder.Write("sessions/archive/2022/old.md", "a file two folders down: its path is each folder's and its name");
        var expected = Directory
            .EnumerateFiles(folder.Path, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder.Path, f).Replace('\\', '/'))
            .Where(p => !p.Split('/').Any(part => part.StartsWith('.')))
            .Order(StringComparer.Ordinal)
            .ToList();
        folder.Link("pages/leak.md", "/etc/hostname");
        folder.Link("sessions/loop", folder.Path, isFolder: true);

        var diagnostics = new DiagnosticBag();
        var listing = ContentFolder.List(folder.Path, diagnostics);

        Assert.Equal(expected, listing.Paths);
        Assert.All(listing.Paths, path =>
        {
            var file = new FileInfo(Path.Combine(folder.Path, path));
            Assert.Equal(new ListedFile(file.Length, file.LastWriteTimeUtc), listing.Seen(path));
        });
        Assert.Equal(
            ["pages/leak.md", "sessions/loop"],
            diagnostics.ToSortedList().Select(d => d.Path).Order(StringComparer.Ordinal)
        );
    }
}
