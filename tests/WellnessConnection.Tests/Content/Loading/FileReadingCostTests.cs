using WellnessConnection.Content.Diagnostics;
using WellnessConnection.Content.Reading;

namespace WellnessConnection.Tests.Content.Loading;

/// <summary>
/// Reading a file costs memory in proportion to the file, not to the size limit: a buffer of the limit's size per
/// file made a start on 12,700 files allocate 13 GB, and spend a third of its CPU in garbage collection.
/// </summary>
public sealed class FileReadingCostTests
{
    private const int Reads = 20;

    [Fact]
    public void Reading_a_small_file_allocates_about_its_size_not_the_limit()
    {
        using var folder = TemporaryContentFolder.Empty();
        var text = "---\nname: Stress\n---\n" + new string('x', 4000) + "\n";
        var file = folder.Write("topics/stress.md", text);
        var diagnostics = new DiagnosticBag();
        Assert.Equal(text.Length, ContentFileReader.ReadBytes(file, "topics/stress.md", diagnostics)?.Length);

        // The least of three batches: a collection may trim the pool once, between two reads.
        var perRead = Enumerable
            .Range(0, 3)
            .Min(_ =>
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                for (var i = 0; i < Reads; i++)
                {
                    ContentFileReader.ReadBytes(file, "topics/stress.md", diagnostics);
                }

                return (GC.GetAllocatedBytesForCurrentThread() - before) / Reads;
            });
        Assert.Empty(diagnostics.ToSortedList());
        Assert.InRange(perRead, text.Length, text.Length + 16 * 1024);
    }
}
