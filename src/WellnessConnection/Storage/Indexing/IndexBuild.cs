using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using WellnessConnection.Content.Loading;
using WellnessConnection.Content.Model;

namespace WellnessConnection.Storage.Indexing;

/// <summary>
/// An index being written, to the side of the one in service, as documents arrive from the loader (several threads;
/// one writes at a time, in batches). Either new and empty, or a copy of the index in service patched in place:
/// a changed document's rows are replaced, a removed one's deleted, the others left as they are. Nothing is
/// visible until <see cref="ContentIndexer.Complete"/>; disposed without it, the build is discarded.
/// </summary>
public sealed class IndexBuild : IContentSink, IDisposable
{
    private const int BatchSize = 64;

    private readonly Lock gate = new();
    private readonly IndexLocation location;
    private readonly ContentIndex? basis;
    private readonly Stopwatch stopwatch = Stopwatch.StartNew();
    private readonly IndexIds ids;
    private readonly IndexRows rows;
    private HashSet<DocumentKey> kept = [];
    private IReadOnlyList<DocumentKey> documents = [];
    private IndexWriter? writer;
    private bool completed;

    internal IndexBuild(IndexLocation location, ContentIndex? basis)
    {
        this.location = location;
        this.basis = basis;
        ids = basis?.Ids.Clone() ?? new IndexIds();
        rows = new IndexRows(ids);
    }

    /// <summary>True when this build patches a copy of the index in service rather than starting empty.</summary>
    public bool Patching => basis is not null;

    public TimeSpan Elapsed => stopwatch.Elapsed;

    public int DocumentsWritten { get; private set; }

    public void Begin(IReadOnlyList<DocumentKey> documents, bool everything)
    {
        lock (gate)
        {
            if (everything && Patching)
            {
                throw new InvalidOperationException("A patch must start from the documents of the index it patches.");
            }

            kept = basis is null ? [] : [.. basis.Ids.Documents];
            this.documents = documents;
            ids.Assign(documents);
        }
    }

    public void Add<T>(Localized<T> document)
        where T : ContentDocument
    {
        lock (gate)
        {
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
    }

    /// <summary>Writes what is pending, removes the documents that are gone, and commits.</summary>
    internal void Commit()
    {
        lock (gate)
        {
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
    }

    internal IndexIds Ids => ids;

    internal IndexLocation Location => location;

    public void Dispose()
    {
        writer?.Dispose();
        if (!completed)
        {
            location.Delete();
        }
    }

    private IndexWriter Writer => writer ??= IndexWriter.Open(location, basis);

    private void Flush()
    {
        if (rows.DocumentCount > 0)
        {
            Writer.Insert(rows);
            rows.Clear();
        }
    }
}
