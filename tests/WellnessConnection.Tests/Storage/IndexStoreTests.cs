using Microsoft.Extensions.Time.Testing;
using WellnessConnection.Storage;
using WellnessConnection.Storage.Indexing;
using WellnessConnection.Tests.Content;

namespace WellnessConnection.Tests.Storage;

/// <summary>What a replaced index held is given back to the system: the collector is asked to visit its oldest
/// generation once the replaced index's last requests are over, once for a burst of publications, never for the
/// first index.</summary>
public sealed class IndexStoreTests : IDisposable
{
    private readonly string indexDirectory = Directory.CreateTempSubdirectory("wc-index-").FullName;
    private readonly FakeTimeProvider clock = ContentFixtures.Clock();
    private readonly ContentIndexer indexer;
    private int collections;

    public IndexStoreTests() =>
        indexer = new ContentIndexer(new IndexOptions { Directory = indexDirectory }, clock, []);

    [Fact]
    public void A_replaced_index_is_collected_after_the_settle_time()
    {
        using var store = new IndexStore(clock, () => collections++);
        store.Publish(Build());
        clock.Advance(IndexStore.RetiredMemorySettle * 3);
        Assert.Equal(0, collections);

        store.Publish(Build());
        clock.Advance(IndexStore.RetiredMemorySettle - TimeSpan.FromMilliseconds(1));
        Assert.Equal(0, collections);
        clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(1, collections);

        clock.Advance(IndexStore.RetiredMemorySettle * 3);
        Assert.Equal(1, collections);
    }

    [Fact]
    public void A_burst_of_publications_is_collected_once_after_the_last()
    {
        using var store = new IndexStore(clock, () => collections++);
        store.Publish(Build());
        for (var i = 0; i < 3; i++)
        {
            store.Publish(Build());
            clock.Advance(IndexStore.RetiredMemorySettle / 2);
        }

        Assert.Equal(0, collections);
        clock.Advance(IndexStore.RetiredMemorySettle / 2);
        Assert.Equal(1, collections);
    }

    [Fact]
    public void A_store_disposed_asks_for_nothing_more()
    {
        var store = new IndexStore(clock, () => collections++);
        store.Publish(Build());
        store.Publish(Build());
        store.Dispose();
        clock.Advance(IndexStore.RetiredMemorySettle * 3);
        Assert.Equal(0, collections);
    }

    public void Dispose()
    {
        indexer.Dispose();
        Directory.Delete(indexDirectory, recursive: true);
    }

    private ContentIndex Build() =>
        indexer.Build(ContentFixtures.LoadFolder(ContentFixtures.SampleContentDirectory).Content!);
}
