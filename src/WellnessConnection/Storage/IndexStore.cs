namespace WellnessConnection.Storage;

/// <summary>
/// The index being served. A new index is built to the side and published here in one atomic step: requests
/// that started on the old one finish on it, new requests see the new one, nobody sees a half-built index.
/// </summary>
/// <param name="time">The clock of <see cref="RetiredMemorySettle"/>.</param>
/// <param name="collect">Asks the runtime to collect what retired indexes held; a background collection of the
/// oldest generation unless a test counts the calls instead.</param>
public sealed class IndexStore(TimeProvider time, Action? collect = null) : IDisposable
{
    /// <summary>
    /// How long after a publication that replaced an index the collector is asked to visit the oldest generation:
    /// time for the last requests on the replaced index to end, and once for a burst of publications.
    /// </summary>
    public static readonly TimeSpan RetiredMemorySettle = TimeSpan.FromSeconds(2);

    private readonly Lock timerGate = new();
    private ContentIndex? current;
    private ITimer? collection;
    private int disposed;

    public ContentIndex? Current => Volatile.Read(ref current);

    /// <summary>A reference to the current index for the length of a request; dispose it when the request
    /// ends.</summary>
    public IndexLease Acquire()
    {
        while (true)
        {
            var index = Volatile.Read(ref current)
                ?? throw new InvalidOperationException("No content index has been published yet.");
            if (index.TryAcquire())
            {
                return new IndexLease(index);
            }
        }
    }

    /// <summary>A lease on the current index, or null when none is published yet.</summary>
    public IndexLease? TryAcquire()
    {
        while (Volatile.Read(ref current) is { } index)
        {
            if (index.TryAcquire())
            {
                return new IndexLease(index);
            }
        }

        return null;
    }

    public void Publish(ContentIndex next)
    {
        if (Interlocked.Exchange(ref current, next) is { } replaced)
        {
            replaced.Release();
            CollectRetiredLater();
        }

        // A reload that finishes while the server shuts down must not leave its index behind.
        if (Volatile.Read(ref disposed) == 1)
        {
            Interlocked.Exchange(ref current, null)?.Release();
        }
    }

    public void Dispose()
    {
        Volatile.Write(ref disposed, 1);
        Interlocked.Exchange(ref current, null)?.Release();
        lock (timerGate)
        {
            collection?.Dispose();
        }
    }

    /// <summary>
    /// What requests kept for a replaced index (the GraphQL memo, up to its budget) is garbage once its last request
    /// ends, most of it in the collector's oldest generation, which the collector may not visit for a long time: an
    /// edit after busy traffic would leave the old index's memo beside the new one's, and a few edits raised the
    /// peak memory by 20 MB (10,000 sessions). A background collection: requests go on meanwhile.
    /// </summary>
    private void CollectRetiredLater()
    {
        lock (timerGate)
        {
            if (Volatile.Read(ref disposed) == 1)
            {
                return;
            }

            collection ??= time.CreateTimer(
                _ => (collect ?? CollectInBackground)(),
                null,
                Timeout.InfiniteTimeSpan,
                Timeout.InfiniteTimeSpan
            );
            collection.Change(RetiredMemorySettle, Timeout.InfiniteTimeSpan);
        }
    }

    private static void CollectInBackground() => GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: false);
}
