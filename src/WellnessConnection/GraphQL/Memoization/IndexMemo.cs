using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Caching.Memory;
using WellnessConnection.Storage;

namespace WellnessConnection.GraphQL.Memoization;

/// <summary>
/// Results read from one <see cref="ContentIndex"/>, kept for the next request that asks the same thing. An index never
/// changes once built, so a result stays right for the index's whole life, except for what "now" decides (upcoming,
/// scheduled): every key therefore carries the request's <see cref="VisibilityChanges.SliceOf">time slice</see>.
/// One memo per index instance, dropped with it; bounded by <see cref="IndexOptions.MemoSizeLimitBytes"/>, least
/// recently used first.
/// Nothing here is shared between server instances.
/// </summary>
[SuppressMessage(
    "Design",
    "CA1001",
    Justification = "Dropped with its index, whose end nobody announces; a MemoryCache holds no timer nor "
        + "unmanaged resource, and the collector reclaims it."
)]
public sealed class IndexMemo
{
    private static readonly ConditionalWeakTable<ContentIndex, IndexMemo> Memos = [];

    private readonly MemoryCache cache;
    private readonly Doorkeeper asked = new(1 << 18);
    private readonly ContentIndex index;

    /// <param name="sizeLimitBytes">A rough budget: entries are sized by the estimates their callers give.</param>
    private IndexMemo(ContentIndex index, long sizeLimitBytes)
    {
        SizeLimitBytes = sizeLimitBytes;
        cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = sizeLimitBytes, TrackStatistics = true });
        this.index = index;
    }

    /// <summary>Its budget (<see cref="IndexOptions.MemoSizeLimitBytes"/>).</summary>
    public long SizeLimitBytes { get; }

    /// <summary>The memo of <paramref name="index"/>; made with <paramref name="sizeLimitBytes"/> by the first request
    /// on it.</summary>
    public static IndexMemo For(ContentIndex index, long sizeLimitBytes) =>
        Memos.GetOrAdd(index, static (i, limit) => new IndexMemo(i, limit), sizeLimitBytes);

    /// <summary>The memo of <paramref name="index"/> if a request made one; never makes one (metrics).</summary>
    public static IndexMemo? Of(ContentIndex index) => Memos.TryGetValue(index, out var memo) ? memo : null;

    /// <summary>Its lookups since it was made (hits and misses), and what it holds now: entries, and their size by
    /// the estimates they were kept with. Counted per thread, without a lock.</summary>
    public MemoryCacheStatistics Statistics => cache.GetCurrentStatistics()!;

    /// <summary>The slice of time <paramref name="utcNow"/> falls in; see <see
    /// cref="VisibilityChanges.SliceOf"/>.</summary>
    public long SliceOf(DateTime utcNow) => index.Visibility.SliceOf(utcNow);

    public bool TryGet<T>(MemoKey key, out T value)
    {
        if (cache.TryGetValue(key, out var found) && found is T typed)
        {
            value = typed;
            return true;
        }

        value = default!;
        return false;
    }

    /// <summary>
    /// True when <paramref name="key"/> was asked for before on this index: large results (bodies, a page's fields)
    /// are kept from their second time on, so that pages read once do not push out what is read again.
    /// </summary>
    public bool AskedBefore(MemoKey key)
    {
        var scope = key.Scope.GetHashCode(StringComparison.Ordinal);
        var arguments = HashCode.Combine(key.Arguments.GetHashCode(StringComparison.Ordinal), key.Shared);
        // Two independent 32-bit hashes of the whole key: the doorkeeper places it by each half.
        return asked.SeenBefore(
            ((ulong)(uint)HashCode.Combine(scope, arguments, key.Slice) << 32)
                | (uint)HashCode.Combine(key.Slice, arguments, scope, 0x5bd1e995)
        );
    }

    /// <param name="sizeBytes">About how much memory the value holds.</param>
    public void Set<T>(MemoKey key, T value, long sizeBytes) =>
        cache.Set(key, value, new MemoryCacheEntryOptions { Size = Math.Max(1, sizeBytes) });
}
