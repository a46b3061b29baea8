using System.Collections.Concurrent;
using Microsoft.Extensions.Primitives;

namespace WellnessConnection.Hosting.Caching;

/// <summary>
/// Which kept response answered each request <see cref="CachedGetReplay"/> may answer again, by the request's key
/// (<see cref="ReplayRequest"/>) and the response's <see cref="ResponseCacheKey"/>. It holds keys only: a response
/// and how it was sent stay in <see cref="ResponseCache"/>, within its budget, and go with it. At most
/// <see cref="MaxRequests"/> keys (a few MB); when full it starts again empty, and when the settings change.
/// </summary>
internal sealed class ReplayTable : IDisposable
{
    public const int MaxRequests = 4096;

    private readonly ConcurrentDictionary<string, string> cacheKeys = new(StringComparer.Ordinal);
    private readonly ResponseCache cache;
    private readonly IDisposable settingsChanged;
    private int added;

    public ReplayTable(ResponseCache cache, IConfiguration configuration)
    {
        this.cache = cache;
        // A setting may change what a layer answers (a preview token's Vary, say): nothing recorded before it holds.
        settingsChanged = ChangeToken.OnChange(configuration.GetReloadToken, Clear);
    }

    /// <summary>
    /// The kept response that answered <paramref name="requestKey"/>, and how, if it is still fresh at
    /// <paramref name="now"/>, from <paramref name="publicVersion"/>, and its checks still hold.
    /// </summary>
    public (CachedResponse Response, ReplayVariant Replay)? Find(
        string requestKey,
        DateTimeOffset now,
        string? publicVersion
    )
    {
        if (
            cacheKeys.TryGetValue(requestKey, out var cacheKey)
            && cache.TryGetFresh(cacheKey, now, out var response)
            && response!.ContentVersion == publicVersion
            && response.ReplayFor(requestKey) is { } replay
            && replay.StillHolds()
        )
        {
            return (response, replay);
        }

        return null;
    }

    public void Record(string cacheKey, CachedResponse response, ReplayVariant replay)
    {
        if (!response.AddReplay(replay))
        {
            return;
        }

        if (Interlocked.Increment(ref added) > MaxRequests)
        {
            Clear();
        }

        cacheKeys[replay.RequestKey] = cacheKey;
    }

    public void Dispose() => settingsChanged.Dispose();

    private void Clear()
    {
        cacheKeys.Clear();
        Volatile.Write(ref added, 0);
    }
}
