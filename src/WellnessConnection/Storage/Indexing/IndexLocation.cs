using Microsoft.Data.Sqlite;

namespace WellnessConnection.Storage.Indexing;

/// <summary>Where one index lives: a file of its own under the index folder, or a named in-memory database kept
/// open.</summary>
internal sealed class IndexLocation
{
    private IndexLocation(string connectionString, string? file, SqliteConnection? keepAlive)
    {
        ConnectionString = connectionString;
        File = file;
        KeepAlive = keepAlive;
    }

    public string ConnectionString { get; }

    public string? File { get; }

    /// <summary>For an in-memory index: the connection that keeps it alive until the index is released.</summary>
    public SqliteConnection? KeepAlive { get; }

    /// <summary>How requests open it: read-only for a file.</summary>
    public string ReadOnlyConnectionString => File is null ? ConnectionString : ConnectionString + ";Mode=ReadOnly";

    public static IndexLocation Create(IndexOptions options)
    {
        var name = $"index-{Guid.NewGuid():N}"[..22];
        if (options.InMemory)
        {
            var memory = new SqliteConnectionStringBuilder
            {
                DataSource = name,
                Mode = SqliteOpenMode.Memory,
                Cache = SqliteCacheMode.Shared,
            }.ToString();
            var keepAlive = new SqliteConnection(memory);
            keepAlive.Open();
            return new IndexLocation(memory, null, keepAlive);
        }

        System.IO.Directory.CreateDirectory(options.Directory);
        var file = Path.GetFullPath(Path.Combine(options.Directory, name + ".sqlite"));
        return new IndexLocation(
            new SqliteConnectionStringBuilder { DataSource = file, Pooling = true }.ToString(),
            file,
            null
        );
    }

    /// <summary>Closes and deletes the database.</summary>
    public void Delete()
    {
        KeepAlive?.Dispose();
        if (File is not null)
        {
            SqliteConnection.ClearPool(new SqliteConnection(ConnectionString));
            System.IO.File.Delete(File);
        }
    }
}
