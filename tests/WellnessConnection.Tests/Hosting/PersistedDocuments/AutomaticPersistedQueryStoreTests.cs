using Microsoft.Extensions.Options;
using WellnessConnection.Hosting.PersistedDocuments;
using static WellnessConnection.Tests.Hosting.PersistedDocuments.AutomaticPersistedQueryTests;

namespace WellnessConnection.Tests.Hosting.PersistedDocuments;

public sealed class AutomaticPersistedQueryStoreTests
{
    [Fact]
    public void The_store_never_holds_more_than_its_size_limit()
    {
        // Each entry costs 2 × (64 + 100) = 328 bytes: three fit in 1,000.
        using var store = new AutomaticPersistedQueryStore(
            Options.Create(new PersistedQueriesOptions { AutomaticCacheBytes = 1000 })
        );
        var queries = Enumerable.Range(0, 100).Select(i => $"{{ contentVersion }} # {i}".PadRight(100)).ToList();

        foreach (var query in queries)
        {
            store.Add(Sha256(query), query);
        }

        Assert.InRange(queries.Count(query => store.Find(Sha256(query)) is not null), 1, 3);
    }

    [Fact]
    public void A_stored_query_is_found_by_its_hash()
    {
        using var store = new AutomaticPersistedQueryStore(Options.Create(new PersistedQueriesOptions()));

        store.Add(Sha256("{ a }"), "{ a }");

        Assert.Equal("{ a }", store.Find(Sha256("{ a }")));
        Assert.Null(store.Find(Sha256("{ b }")));
    }
}
