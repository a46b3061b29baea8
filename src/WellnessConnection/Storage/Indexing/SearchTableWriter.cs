using Microsoft.Data.Sqlite;

namespace WellnessConnection.Storage.Indexing;

/// <summary>
/// The full-text table of a new index, written on a thread and connection of its own into a database beside the
/// index, then copied into it. SQLite lets one connection write a database at a time, and FTS5's tokenizer, hash and
/// merges were half of a new index's writing: on one thread they made the index writer a start's longest path. The
/// rows are written while this writes the full text, and the copy then costs a fraction of writing it
/// (bench/README.md, "Figures behind design choices"). It receives the search rows of the same batches, in the same
/// order, as the single writer did, so the copy holds the same rowids and bytes (<c>SearchTableWriterTests</c>).
/// </summary>
internal sealed class SearchTableWriter : IDisposable
{
    /// <summary>What this writer fills: the search rows and their keys, and FTS5's own tables, named after its table
    /// (with external content there is no <c>_content</c>).</summary>
    private static readonly string[] CopiedTables =
    [
        SearchTable.RowsName,
        SearchTable.KeysName,
        SearchTable.Name + "_data",
        SearchTable.Name + "_idx",
        SearchTable.Name + "_docsize",
        SearchTable.Name + "_config",
    ];

    private const string Attached = "fulltext";

    private readonly IndexLocation location;
    private readonly WriterThread thread;
    private SqliteConnection? connection;
    private SqliteTransaction? transaction;

    public SearchTableWriter(IndexLocation location, int queueCapacity)
    {
        this.location = location;
        thread = new WriterThread(queueCapacity);
        thread.Post(Open);
    }

    /// <summary>Queues one batch's search rows, in the order the index writer receives the batches.</summary>
    public void Post(IReadOnlyList<SearchRow> rows) =>
        thread.Post(() => SearchTable.Insert(connection!, transaction!, rows));

    /// <summary>Waits for the writes, commits them, and copies the tables into <paramref name="index"/>, whose own
    /// full-text table is new and empty and whose transaction is committed.</summary>
    public void CopyInto(SqliteConnection index)
    {
        if (thread.Finish() is { } failure)
        {
            throw new InvalidOperationException("Writing the full-text table failed.", failure);
        }

        transaction!.Commit();
        connection!.Dispose();
        connection = null;

        Execute(index, null, $"ATTACH DATABASE $source AS {Attached};", location.AttachName);
        try
        {
            using var copy = index.BeginTransaction();
            foreach (var table in CopiedTables)
            {
                Execute(index, copy, $"DELETE FROM main.\"{table}\";");
                Execute(index, copy, $"INSERT INTO main.\"{table}\" SELECT * FROM {Attached}.\"{table}\";");
            }

            copy.Commit();
        }
        finally
        {
            Execute(index, null, $"DETACH DATABASE {Attached};");
        }

        location.Delete();
    }

    public void Dispose()
    {
        thread.Dispose();
        transaction?.Dispose();
        connection?.Dispose();
        location.Delete();
    }

    private void Open()
    {
        connection = new SqliteConnection(location.ConnectionString);
        connection.Open();
        Execute(connection, null, $"{IndexWriter.UnjournaledWrites} PRAGMA page_size = {IndexWriter.PageSize};");
        transaction = connection.BeginTransaction();
        SearchTable.Create(connection, transaction);
    }

    private static void Execute(
        SqliteConnection connection,
        SqliteTransaction? transaction,
        string sql,
        string? source = null
    )
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        if (source is not null)
        {
            command.Parameters.AddWithValue("$source", source);
        }

        command.ExecuteNonQuery();
    }
}
