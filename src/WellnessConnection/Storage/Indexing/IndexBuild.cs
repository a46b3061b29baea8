using System.Collections.Concurrent;
using System.Diagnostics;
using WellnessConnection.Content.Loading;
using WellnessConnection.Content.Model;

namespace WellnessConnection.Storage.Indexing;

/// <summary>
/// An index being written, to the side of the one in service, as documents arrive from the loader. The loader's
/// threads hand documents over through a short queue; one writer thread turns them into rows and writes them in
/// batches, so that rendering and writing run at the same time. Either new and empty, or a copy of the index in
/// service patched in place: a changed document's rows are replaced, a removed one's deleted, the others left as
/// they are. Nothing is visible until <see cref="ContentIndexer.Complete"/>; disposed without it, it is discarded.
/// </summary>
public sealed class IndexBuild : IContentSink, IDisposable
{
    private const int BatchSize = 64;

    /// <summary>
    /// Documents waiting for the writer: enough to keep it busy, few enough to keep their bodies out of memory (a
    /// longer queue raised the peak memory and built no faster: bench/README.md, "Figures behind design choices").
    /// </summary>
    private const int QueueCapacity = 32;

    private readonly IndexLocation location;
    private readonly Stopwatch stopwatch = Stopwatch.StartNew();
    private ContentIndex? basis;
    private IndexIds ids = new();
    private IndexRows? rows;
    private readonly BlockingCollection<Action> queue = new(QueueCapacity);
    private HashSet<DocumentKey> kept = [];
    private IReadOnlyList<DocumentKey> documents = [];
    private Task? writing;
    private Exception? failure;
    private IndexWriter? writer;
    private bool completed;

    /// <param name="basis">The index to patch, unless <see cref="Begin"/> is told that every document comes
    /// anew.</param>
    internal IndexBuild(IndexLocation location, ContentIndex? basis)
    {
        this.location = location;
        this.basis = basis;
    }

    /// <summary>True when this build patches a copy of the index in service rather than starting empty.</summary>
    public bool Patching => basis is not null;

    public TimeSpan Elapsed => stopwatch.Elapsed;

    public int DocumentsWritten { get; private set; }

    internal IndexIds Ids => ids;

    internal IndexLocation Location => location;

    /// <summary>With <paramref name="everything"/> (site.yml changed, say), a new index is cheaper than replacing every
    /// row of a copy.</summary>
    public void Begin(IReadOnlyList<DocumentKey> documents, bool everything)
    {
        if (everything)
        {
            basis = null;
        }

        ids = basis?.Ids.Clone() ?? new IndexIds();
        rows = new IndexRows(ids);
        kept = basis is null ? [] : [.. basis.Ids.Documents];
        this.documents = documents;
        ids.Assign(documents);
        writing = Task.Factory.StartNew(
            Drain,
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default
        );
    }

    /// <summary>Queues a document for the writer thread; waits while the queue is full.</summary>
    public void Add<T>(Localized<T> document)
        where T : ContentDocument => queue.Add(() => Write(document));

    public void Dispose()
    {
        Finish();
        queue.Dispose();
        writer?.Dispose();
        if (!completed)
        {
            location.Delete();
        }
    }

    /// <summary>Writes what is pending, removes the documents that are gone, and commits.</summary>
    internal void Commit()
    {
        Finish();
        if (failure is not null)
        {
            throw new InvalidOperationException("Writing the index failed.", failure);
        }

        Flush();
        var current = documents.ToHashSet();
        foreach (var gone in kept.Where(k => !current.Contains(k)))
        {
            Writer.Remove(gone, ids, incomingLinks: true);
            ids.Forget(gone);
        }

        Writer.Commit();
        writer?.Dispose();
        writer = null;
        completed = true;
    }

    private IndexWriter Writer => writer ??= IndexWriter.Open(location, basis);

    /// <summary>The writer thread. After a failure it keeps taking documents (and drops them), so the loader never
    /// blocks.</summary>
    private void Drain()
    {
        foreach (var write in queue.GetConsumingEnumerable())
        {
            if (failure is not null)
            {
                continue;
            }

            try
            {
                write();
            }
            catch (Exception exception)
            {
                failure = exception;
            }
        }
    }

    private void Finish()
    {
        if (!queue.IsAddingCompleted)
        {
            queue.CompleteAdding();
        }

        writing?.Wait();
    }

    private void Write<T>(Localized<T> document)
        where T : ContentDocument
    {
        var key = new DocumentKey(document.English.Kind, document.Slug);
        if (Patching && kept.Contains(key))
        {
            Flush();
            Writer.Remove(key, ids, incomingLinks: false);
        }

        rows!.Add(document);
        DocumentsWritten++;
        if (rows.DocumentCount >= BatchSize)
        {
            Flush();
        }
    }

    private void Flush()
    {
        if (rows is { DocumentCount: > 0 })
        {
            Writer.Insert(rows);
            rows.Clear();
        }
    }
}
