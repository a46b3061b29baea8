using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace WellnessConnection.Storage;

/// <summary>
/// One built, read-only index of one content version. Reference-counted: the <see cref="IndexStore"/> holds one
/// reference while the index is current and each request holds one while it runs, so an index replaced by a newer
/// one is deleted only when the last request using it has finished.
/// </summary>
public sealed class ContentIndex
{
    private int references = 1;
    private readonly SqliteConnection? keepAlive;
    private readonly string? file;
    private readonly DbContextOptions<ContentDbContext> options;

    public ContentIndex(string connectionString, string version, IndexStatistics statistics, SqliteConnection? keepAlive, string? file, IReadOnlyList<IInterceptor> interceptors)
    {
        ConnectionString = connectionString;
        Version = version;
        Statistics = statistics;
        this.keepAlive = keepAlive;
        this.file = file;
        options = new DbContextOptionsBuilder<ContentDbContext>()
            .UseSqlite(connectionString)
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking)
            .AddInterceptors(interceptors)
            .Options;
    }

    public string ConnectionString { get; }

    /// <summary>The content version (a hash of the files) this index was built from.</summary>
    public string Version { get; }

    public IndexStatistics Statistics { get; }

    public ContentDbContext CreateContext() => new(options);

    /// <summary>Takes a reference, unless the index is already being released.</summary>
    public bool TryAcquire()
    {
        var count = Volatile.Read(ref references);
        while (count > 0)
        {
            var seen = Interlocked.CompareExchange(ref references, count + 1, count);
            if (seen == count)
            {
                return true;
            }

            count = seen;
        }

        return false;
    }

    /// <summary>Drops a reference; the last one deletes the database.</summary>
    public void Release()
    {
        if (Interlocked.Decrement(ref references) == 0)
        {
            Delete();
        }
    }

    private void Delete()
    {
        keepAlive?.Dispose();
        if (file is not null)
        {
            SqliteConnection.ClearPool(new SqliteConnection(ConnectionString));
            File.Delete(file);
        }
    }
}
