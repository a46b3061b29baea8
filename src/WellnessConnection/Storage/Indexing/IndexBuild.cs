using System.Diagnostics;
using WellnessConnection.Content.Loading;
using WellnessConnection.Content.Model;

namespace WellnessConnection.Storage.Indexing;

/// <summary>
/// An index being written, to the side of the one in service, as documents arrive from the loader. The loader's
/// threads hand documents over through a short queue; one writer thread turns them into rows and writes them in
/// batches, so that rendering and writing run at the same time. Either new and empty, or a copy of the index in
/// service patched in place: a changed document's rows are replaced, a removed one's deleted, the others left as
/// they are. A new index's full-text table is written on a thread of its own (<see cref="SearchTableWriter"/>) and
/// copied in at the commit. Nothing is visible until <see cref="ContentIndexer.Complete"/>; disposed without it, it
/// is discarded.
/// </summary>
public sealed class IndexBuild : IContentSink, IDisposable
{
    private const int BatchSize = 64;

    /// <summary>
    /// Documents waiting for the writer: enough to keep it busy, few enough to keep their bodies out of memory (a
    /// longer queue raised the peak memory and built no faster: bench/README.md, "Figures behind design choices").
    /// </summary>
    private const int QueueCapacity = 32;

    /// <summary>Batches waiting for the full-text table's writer.</summary>
    private const int FullTextQueueCapacity = 4;

    private readonly IndexLocation location;
    private readonly Stopwatch stopwatch = Stopwatch.StartNew();

    /// <summary>The index to patch; null for a new index, or once <see cref="Begin"/> chose to start anew.</summary>
    private ContentIndex? basis;

    /// <summary>What <see cref="Begin"/> decided: the documents, their ids and the rows being gathered.</summary>
    private Plan? plan;
    private readonly WriterThread thread;

    /// <summary>Writes a new index's full-text table beside it, while this build's thread writes the rows.</summary>
    private readonly SearchTableWriter? fullText;
    private IndexWriter? writer;
    private bool completed;

    /// <param name="Ids">The ids of every document, old and new.</param>
    /// <param name="Rows">The rows of the documents written since the last batch.</param>
    /// <param name="Kept">The documents of the index being patched, whose rows are replaced when they come
    /// again.</param>
    /// <param name="Documents">Every document of the new content.</param>
    private sealed record Plan(
        IndexIds Ids,
        IndexRows Rows,
        HashSet<DocumentKey> Kept,
        IReadOnlyList<DocumentKey> Documents
    );

    /// <param name="basis">The index to patch, unless <see cref="Begin"/> is told that every document comes
    /// anew.</param>
    /// <param name="fullTextLocation">Where a new index's full-text table is written before it is copied in; null
    /// to write it with the rows.</param>
    internal IndexBuild(IndexLocation location, ContentIndex? basis, IndexLocation? fullTextLocation)
    {
        this.location = location;
        this.basis = basis;
        thread = new WriterThread(QueueCapacity);
        if (fullTextLocation is not null)
        {
            fullText = basis is null
                ? new SearchTableWriter(fullTextLocation, FullTextQueueCapacity)
                : throw new ArgumentException("A patch writes its full-text table with its rows.", nameof(basis));
        }

        if (basis is null)
        {
            // A new index is created (its tables, EF Core's model) while the loader lists the folder, rather than
            // while the first documents wait for it.
            thread.Post(() => _ = Writer);
        }
    }

    /// <summary>True when this build patches a copy of the index in service rather than starting empty.</summary>
    public bool Patching => basis is not null;

    public TimeSpan Elapsed => stopwatch.Elapsed;

    /// <summary>True when this patch started from a copy of the index made ahead.</summary>
    public bool CopiedAhead { get; private set; }

    public int DocumentsWritten { get; private set; }

    internal IndexIds Ids => plan?.Ids ?? throw new InvalidOperationException("The build has not begun.");

    internal IndexLocation Location => location;

    /// <summary>With <paramref name="everything"/> (site.yml changed, say), a new index is cheaper than replacing every
    /// row of a copy.</summary>
    public void Begin(IReadOnlyList<DocumentKey> documents, bool everything)
    {
        if (everything)
        {
            basis = null;
        }

        var ids = basis?.Ids.Clone() ?? new IndexIds();
        ids.Assign(documents);
        plan = new Plan(ids, new IndexRows(ids), basis is null ? [] : [.. basis.Ids.Documents], documents);
    }

    /// <summary>Queues a document for the writer thread; waits while the queue is full.</summary>
    public void Add<T>(Localized<T> document)
        where T : ContentDocument
    {
        if (plan is null)
        {
            throw new InvalidOperationException("The build has not begun.");
        }

        thread.Post(() => Write(document));
    }

    public void Dispose()
    {
        thread.Dispose();
        fullText?.Dispose();
        writer?.Dispose();
        if (!completed)
        {
            location.Delete();
        }
    }

    /// <summary>Writes what is pending, removes the documents that are gone, and commits.</summary>
    internal void Commit()
    {
        if (thread.Finish() is { } failure)
        {
            throw new InvalidOperationException("Writing the index failed.", failure);
        }

        Flush();
        var (ids, _, kept, documents) = plan ?? throw new InvalidOperationException("The build has not begun.");
        var current = documents.ToHashSet();
        foreach (var gone in kept.Where(k => !current.Contains(k)))
        {
            Writer.Remove(gone, ids, incomingLinks: true);
            ids.Forget(gone);
        }

        Writer.Commit(fullText);
        writer?.Dispose();
        writer = null;
        completed = true;
    }

    private IndexWriter Writer
    {
        get
        {
            if (writer is null)
            {
                writer = IndexWriter.Open(location, basis);
                CopiedAhead = writer.CopiedAhead;
            }

            return writer;
        }
    }

    private void Write<T>(Localized<T> document)
        where T : ContentDocument
    {
        var (ids, rows, kept, _) = plan!;
        var key = new DocumentKey(document.English.Kind, document.Slug);
        if (Patching && kept.Contains(key))
        {
            Flush();
            Writer.Remove(key, ids, incomingLinks: false);
        }

        rows.Add(document);
        DocumentsWritten++;
        if (rows.DocumentCount >= BatchSize)
        {
            Flush();
        }
    }

    private void Flush()
    {
        if (plan?.Rows is { DocumentCount: > 0 } rows)
        {
            Writer.Insert(rows, search: fullText is null);
            fullText?.Post([.. rows.Search]);
            rows.Clear();
        }
    }
}
