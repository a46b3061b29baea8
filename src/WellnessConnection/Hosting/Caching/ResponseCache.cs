using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using WellnessConnection.GraphQL.Memoization;

namespace WellnessConnection.Hosting.Caching;

/// <summary>
/// The successful responses kept in memory, by <see cref="ResponseCacheKey"/>, within
/// <see cref="ResponseCacheOptions.SizeLimitBytes"/>; least recently used go first, and each goes when it is no longer
/// fresh. A response is kept once it is asked for a second time (<see cref="Doorkeeper"/>): a one-off request (new
/// variables each time) would only push out responses that are asked again, and make the collector copy every body.
/// </summary>
internal sealed class ResponseCache(IOptions<ResponseCacheOptions> options) : IDisposable
{
    // A kept response costs its body plus the entry, the key and the hash; roughly.
    private const int EntryOverhead = 512;

    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = options.Value.SizeLimitBytes });
    private readonly Doorkeeper seen = new();

    /// <summary>The response kept under <paramref name="key"/>, if it is still fresh at
    /// <paramref name="now"/>.</summary>
    public bool TryGetFresh(string key, DateTimeOffset now, out CachedResponse? response) =>
        cache.TryGetValue(key, out response) && response!.IsFreshAt(now);

    /// <summary>True when this key was asked for before (and may be kept); notes it otherwise.</summary>
    public bool SeenBefore(string key) => seen.SeenBefore(Doorkeeper.FingerprintOfHex(key));

    public void Keep(string key, CachedResponse response) =>
        cache.Set(
            key,
            response,
            new MemoryCacheEntryOptions
            {
                Size = response.Body.Length + EntryOverhead,
                AbsoluteExpirationRelativeToNow = response.Freshness.MaxAge,
            }
        );

    /// <summary>The responses kept now (tests: what the cache holds).</summary>
    internal IEnumerable<CachedResponse> Kept =>
        cache.Keys.Select(key => cache.Get<CachedResponse>(key)).OfType<CachedResponse>();

    public void Dispose() => cache.Dispose();
}
