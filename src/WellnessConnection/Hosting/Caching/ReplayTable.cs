using System.Collections.Concurrent;
using Microsoft.Extensions.Primitives;

namespace WellnessConnection.Hosting.Caching;

/// <summary>
/// How each request <see cref="CachedGetReplay"/> may answer again was answered, by the request's key
/// (<see cref="ReplayRequest"/>). A recorded answer names its response and does not hold it: the body stays in
/// <see cref="ResponseCache"/>, within its budget, and goes with it. The table holds at most
/// <see cref="MaxCharacters"/> of keys and headers (about 4 MB); when full it starts again empty, and when the settings
/// change.
/// </summary>
internal sealed class ReplayTable : IDisposable
{
    public const int MaxCharacters = 2 * 1024 * 1024;

    /// <summary>A request with a longer key, or more headers, goes through the pipeline every time.</summary>
    public const int MaxEntryCharacters = 16 * 1024;

    private readonly ConcurrentDictionary<string, ReplayVariant> replays = new(StringComparer.Ordinal);
    private readonly ResponseCache cache;
    private readonly IDisposable settingsChanged;

    // Recording is rare (a GET answered by the pipeline from the cache) and takes the lock; finding does not.
    private readonly Lock recording = new();

    // Characters held, under the lock.
    private long size;

    public ReplayTable(ResponseCache cache, IConfiguration configuration)
    {
        this.cache = cache;
        // A setting may change what a layer answers (a preview token's Vary, say): nothing recorded before it holds.
        settingsChanged = ChangeToken.OnChange(configuration.GetReloadToken, Clear);
    }

    /// <summary>
    /// How <paramref name="requestKey"/> was answered and the response it was answered with, if that response is
    /// still kept, fresh at <paramref name="now"/> and of <paramref name="publicVersion"/>, and the answer's checks
    /// still hold.
    /// </summary>
    public (CachedResponse Response, ReplayVariant Replay)? Find(
        string requestKey,
        DateTimeOffset now,
        string? publicVersion
    )
    {
        if (
            replays.TryGetValue(requestKey, out var replay)
            && cache.TryGetFresh(replay.CacheKey, now, out var response)
            && replay.Answers(response!)
            && response!.ContentVersion == publicVersion
            && replay.StillHolds()
        )
        {
            return (response, replay);
        }

        return null;
    }

    public void Record(ReplayVariant replay)
    {
        if (replay.Size > MaxEntryCharacters)
        {
            return;
        }

        lock (recording)
        {
            // An answer recorded again (its response was made anew) takes the place of the one before, and its size.
            var replaced = replays.TryGetValue(replay.RequestKey, out var before) ? before.Size : 0;
            size += replay.Size - replaced;
            if (size > MaxCharacters)
            {
                Clear();
                size = replay.Size;
            }

            replays[replay.RequestKey] = replay;
        }
    }

    public void Dispose() => settingsChanged.Dispose();

    private void Clear()
    {
        lock (recording)
        {
            replays.Clear();
            size = 0;
        }
    }
}
