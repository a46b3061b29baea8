using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using WellnessConnection.Content.Loading;
using WellnessConnection.Content.Schema;
using WellnessConnection.Storage.Entities;

namespace WellnessConnection.Storage.Indexing;

/// <summary>
/// The one connection and transaction an <see cref="IndexBuild"/> writes through: creates the tables of a new index
/// or copies the index it patches, inserts batches of rows, and removes a
/// document's rows. Foreign keys are off while writing: a replaced document keeps its id, and links to it stay.
/// </summary>
internal sealed class IndexWriter : IDisposable
{
    /// <summary>
    /// The page size of a new index: 8 KB rather than SQLite's 4 KB, so that more of a body (its Markdown, HTML and
    /// text) fits one page instead of a chain of overflow pages. A full build is about a tenth faster and requests
    /// that read the index rather than the memo about 7 % faster, for a file 2 % larger (16 KB: no faster than 8 KB,
    /// and 16 % larger; bench/README.md, "Figures behind design choices"). An index that is patched keeps the page
    /// size of its basis. Set before the first table, or SQLite ignores it.
    /// </summary>
    public const int PageSize = 8192;

    /// <summary>How an index's writers write: no journal and no syncing (a build that fails is thrown away, and a
    /// published index is never written again).</summary>
    public const string UnjournaledWrites = "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;";

    private readonly SqliteConnection connection;
    private readonly ContentDbContext context;
    private readonly SqliteTransaction transaction;
    private readonly BulkInserter inserter;

    private IndexWriter(SqliteConnection connection, bool create)
    {
        this.connection = connection;
        context = new ContentDbContext(new DbContextOptionsBuilder<ContentDbContext>().UseSqlite(connection).Options);
        Execute(UnjournaledWrites + " PRAGMA foreign_keys = OFF;");
        if (create)
        {
            Execute($"PRAGMA page_size = {PageSize};");
            Execute(IndexSchema.CreateTables);
        }

        transaction = connection.BeginTransaction();
        if (create)
        {
            SearchTable.Create(connection, transaction);
        }

        inserter = new BulkInserter(context, connection);
    }

    public static IndexWriter Open(IndexLocation location, ContentIndex? basis)
    {
        // A file is copied by the kernel, several times faster than page by page (bench/README.md, "Figures behind
        // design choices"), unless a copy was made ahead; a database in memory is copied with SQLite's online backup.
        // The basis is read-only and complete on disk (no journal, no WAL).
        var copiedAhead = false;
        if (basis?.Location.File is { } basisFile && location.File is { } file)
        {
            copiedAhead = basis.TryTakeSpare(file);
            if (!copiedAhead)
            {
                File.Copy(basisFile, file);
            }
        }

        var connection = new SqliteConnection(location.ConnectionString);
        connection.Open();
        if (basis is not null && basis.Location.File is null)
        {
            using var source = new SqliteConnection(basis.ConnectionString);
            source.Open();
            source.BackupDatabase(connection);
        }

        return new IndexWriter(connection, create: basis is null) { CopiedAhead = copiedAhead };
    }

    /// <summary>True when it patches a copy made ahead (<see cref="SpareCopy"/>) rather than one made on
    /// opening.</summary>
    public bool CopiedAhead { get; private init; }

    /// <param name="rows">The batch.</param>
    /// <param name="search">False when a <see cref="SearchTableWriter"/> writes the batch's search rows.</param>
    public void Insert(IndexRows rows, bool search)
    {
        inserter.Insert(rows.Bodies);
        inserter.Insert(rows.Series);
        inserter.Insert(rows.Topics);
        inserter.Insert(rows.Facilitators);
        inserter.Insert(rows.Pages);
        inserter.Insert(rows.CrisisLines);
        inserter.Insert(rows.Resources);
        inserter.Insert(rows.Sessions);
        inserter.Insert<LinkEntity>(rows.SessionTopics, ContentDbContext.SessionTopics);
        inserter.Insert<LinkEntity>(rows.SessionFacilitators, ContentDbContext.SessionFacilitators);
        inserter.Insert<LinkEntity>(rows.ResourceTopics, ContentDbContext.ResourceTopics);
        if (search)
        {
            SearchTable.Insert(connection, transaction, rows.Search);
        }
    }

    /// <summary>
    /// Deletes <paramref name="document"/>'s rows in every locale: its own, its bodies, its search rows and the links
    /// it makes; with <paramref name="incomingLinks"/> (a document that is gone), the links other documents make to it
    /// too.
    /// </summary>
    public void Remove(DocumentKey document, IndexIds ids, bool incomingLinks)
    {
        var idList = string.Join(", ", ids.AllOf(document));
        if (idList.Length == 0)
        {
            return;
        }

        // The search rows first: the full-text table reads their text from the bodies to forget it.
        SearchTable.Delete(connection, ids.AllOf(document).Select(id => (SearchTable.KindOf(document.Kind), id)));
        var table = context.Model.FindEntityType(EntityOf(document.Kind))!.GetTableName();
        Execute(
            $"DELETE FROM \"Bodies\" WHERE \"Id\" IN (SELECT \"BodyId\" FROM \"{table}\" WHERE \"Id\" IN ({idList}));"
        );
        Execute($"DELETE FROM \"{table}\" WHERE \"Id\" IN ({idList});");
        foreach (var (links, outgoing) in LinksOf(document.Kind))
        {
            if (outgoing || incomingLinks)
            {
                Execute($"DELETE FROM \"{links}\" WHERE \"{(outgoing ? "FromId" : "ToId")}\" IN ({idList});");
            }
        }

        if (incomingLinks && document.Kind == DocumentKind.Series)
        {
            Execute($"UPDATE \"Sessions\" SET \"SeriesId\" = NULL WHERE \"SeriesId\" IN ({idList});");
        }
    }

    /// <summary>Commits, then copies in the full-text table a <paramref name="fullText"/> writer wrote, if
    /// any.</summary>
    public void Commit(SearchTableWriter? fullText)
    {
        transaction.Commit();
        fullText?.CopyInto(connection);
        using var optimize = connection.CreateCommand();
        optimize.CommandText = "PRAGMA optimize;";
        optimize.ExecuteNonQuery();
    }

    public void Dispose()
    {
        inserter.Dispose();
        transaction.Dispose();
        context.Dispose();
        connection.Dispose();
    }

    private static Type EntityOf(DocumentKind kind) =>
        kind switch
        {
            DocumentKind.Session => typeof(SessionEntity),
            DocumentKind.Series => typeof(SeriesEntity),
            DocumentKind.Topic => typeof(TopicEntity),
            DocumentKind.Facilitator => typeof(FacilitatorEntity),
            DocumentKind.Resource => typeof(ResourceEntity),
            DocumentKind.CrisisLine => typeof(CrisisLineEntity),
            _ => typeof(PageEntity),
        };

    /// <summary>The link tables a document of <paramref name="kind"/> appears in, and whether as the one making the
    /// link.</summary>
    private static IEnumerable<(string Table, bool Outgoing)> LinksOf(DocumentKind kind) =>
        kind switch
        {
            DocumentKind.Session =>
            [
                (ContentDbContext.SessionTopics, true),
                (ContentDbContext.SessionFacilitators, true),
            ],
            DocumentKind.Resource => [(ContentDbContext.ResourceTopics, true)],
            DocumentKind.Topic => [(ContentDbContext.SessionTopics, false), (ContentDbContext.ResourceTopics, false)],
            DocumentKind.Facilitator => [(ContentDbContext.SessionFacilitators, false)],
            _ => [],
        };

    private void Execute(string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
