namespace WellnessConnection.Storage;

/// <summary>
/// The index being served. A new index is built to the side and published here in one atomic step: requests
/// that started on the old one finish on it, new requests see the new one, nobody sees a half-built index.
/// </summary>
public sealed class IndexStore : IDisposable
{
    private ContentIndex? current;
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
        Interlocked.Exchange(ref current, next)?.Release();

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
    }
}
