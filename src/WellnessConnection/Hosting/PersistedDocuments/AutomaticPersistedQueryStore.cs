using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace WellnessConnection.Hosting.PersistedDocuments;

/// <summary>
/// The documents clients registered with automatic persisted queries, by hash, in memory and bounded: when full,
/// the least recently used are dropped. Each instance keeps its own; a client whose hash an instance does not know
/// is told <c>PERSISTED_QUERY_NOT_FOUND</c> and sends the query again, which is the protocol.
/// </summary>
public sealed class AutomaticPersistedQueryStore(IOptions<PersistedQueriesOptions> options) : IDisposable
{
    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = options.Value.AutomaticCacheBytes });

    /// <param name="hash">Lowercase hex sha256.</param>
    public string? Find(string hash) => cache.TryGetValue(hash, out string? query) ? query : null;

    /// <param name="hash">The lowercase hex sha256 of <paramref name="query"/>, already checked.</param>
    public void Add(string hash, string query) =>
        // Strings are UTF-16 in memory.
        cache.Set(hash, query, new MemoryCacheEntryOptions { Size = 2L * (hash.Length + query.Length) });

    public void Dispose() => cache.Dispose();
}
