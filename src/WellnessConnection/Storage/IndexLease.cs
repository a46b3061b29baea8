namespace WellnessConnection.Storage;

/// <summary>A request's hold on one index: the index is not deleted until every lease on it is disposed.</summary>
public sealed class IndexLease(ContentIndex index) : IDisposable
{
    private int disposed;

    public ContentIndex Index { get; } = index;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 0)
        {
            Index.Release();
        }
    }
}
