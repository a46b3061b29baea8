using Microsoft.Data.Sqlite;

namespace WellnessConnection.Storage.Indexing;

/// <summary>Where one index lives: a file of its own under the index folder, or a named in-memory database kept
/// open.</summary>
internal sealed class IndexLocation
{
    private readonly string? readOnlyConnectionString;
    private readonly string? attachName;

    private IndexLocation(
        string connectionString,
        string? file,
        SqliteConnection? keepAlive,
        string? readOnlyConnectionString = null
    )
    {
        ConnectionString = connectionString;
        File = file;
        KeepAlive = keepAlive;
        this.readOnlyConnectionString = readOnlyConnectionString;
    }

    public string ConnectionString { get; }

    public string? File { get; }

    /// <summary>How another connection's <c>ATTACH</c> names it: its file, or its in-memory database's URI.</summary>
    public string AttachName
    {
        get => attachName ?? File!;
        private init => attachName = value;
    }

    /// <summary>For an in-memory index: the connection that keeps it alive until the index is released.</summary>
    public SqliteConnection? KeepAlive { get; }

    /// <summary>How requests open it: read-only for a file.</summary>
    public string ReadOnlyConnectionString =>
        readOnlyConnectionString ?? (File is null ? ConnectionString : ConnectionString + ";Mode=ReadOnly");

    /// <param name="folder">The claim on the index folder the file goes to; null for an index in memory.</param>
    public static IndexLocation Create(IndexFolderOwner? folder)
    {
        if (folder is null)
        {
            var name = $"index-{Guid.NewGuid():N}";
            var memory = new SqliteConnectionStringBuilder
            {
                DataSource = name,
                Mode = SqliteOpenMode.Memory,
                Cache = SqliteCacheMode.Shared,
            }.ToString();
            var keepAlive = new SqliteConnection(memory);
            keepAlive.Open();
            return new IndexLocation(memory, null, keepAlive) { AttachName = $"file:{name}?mode=memory&cache=shared" };
        }

        var file = folder.NewIndexFile();
        return new IndexLocation(
            new SqliteConnectionStringBuilder { DataSource = file, Pooling = true }.ToString(),
            file,
            null
        );
    }

    /// <summary>
    /// Where a bundle's index is served from: in memory (copied in by the caller), or the bundle itself under a
    /// name of its own in the index folder. A hard link costs nothing and keeps the file when the bundle's own name
    /// is deleted or renamed over; where the folders are on different file systems, the bundle is copied. The
    /// file is opened read-only and immutable (a bundle never changes: new ones arrive under new names).
    /// </summary>
    public static IndexLocation ForBundle(IndexFolderOwner? folder, string bundlePath)
    {
        if (folder is null)
        {
            return Create(folder: null);
        }

        var file = folder.NewIndexFile();
        if (!HardLink.TryCreate(bundlePath, file))
        {
            System.IO.File.Copy(bundlePath, file);
        }

        var connectionString = BundleConnectionString(file, pooling: true);
        return new IndexLocation(connectionString, file, null, readOnlyConnectionString: connectionString);
    }

    /// <summary>A bundle's index, read in place: SQLite takes its length from its header and never sees the
    /// manifest after it.</summary>
    public static string BundleConnectionString(string file, bool pooling)
    {
        // A URI filename, so that SQLite takes no locks and looks for no journal beside a file that cannot change.
        var uri = "file:" + file.Replace("%", "%25").Replace("?", "%3f").Replace("#", "%23") + "?immutable=1";
        return new SqliteConnectionStringBuilder
        {
            DataSource = uri,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = pooling,
        }.ToString();
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
