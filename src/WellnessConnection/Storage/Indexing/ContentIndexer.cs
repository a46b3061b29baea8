using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using WellnessConnection.Content.Model;
using WellnessConnection.Storage.Entities;

namespace WellnessConnection.Storage.Indexing;

/// <summary>Builds a new, complete <see cref="ContentIndex"/> from a valid <see cref="ContentSet"/>, to the side of any index in use.</summary>
/// <param name="interceptors">EF Core interceptors for the contexts requests open (tests count SQL commands with one).</param>
public sealed class ContentIndexer(IndexOptions options, TimeProvider time, IEnumerable<IInterceptor> interceptors)
{
    public ContentIndex Build(ContentSet content)
    {
        var stopwatch = Stopwatch.StartNew();
        var (connectionString, file) = Location(content.Version);
        var keepAlive = options.InMemory ? new SqliteConnection(connectionString) : null;
        keepAlive?.Open();

        using (var connection = new SqliteConnection(connectionString))
        {
            connection.Open();
            using var context = new ContentDbContext(new DbContextOptionsBuilder<ContentDbContext>().UseSqlite(connection).Options);
            Execute(connection, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;");
            context.Database.EnsureCreated();
            Fill(context, connection, IndexRows.From(content));
            Execute(connection, "PRAGMA optimize;");
        }

        if (file is not null)
        {
            SqliteConnection.ClearPool(new SqliteConnection(connectionString));
        }

        var counts = new Dictionary<string, int>
        {
            ["sessions"] = content.Sessions.Count,
            ["series"] = content.Series.Count,
            ["topics"] = content.Topics.Count,
            ["facilitators"] = content.Facilitators.Count,
            ["resources"] = content.Resources.Count,
            ["crisisLines"] = content.CrisisLines.Count,
            ["pages"] = content.Pages.Count,
        };
        var readOnly = file is null ? connectionString : connectionString + ";Mode=ReadOnly";
        return new ContentIndex(readOnly, content.Version, new IndexStatistics(counts, time.GetUtcNow(), stopwatch.Elapsed), keepAlive, file, [.. interceptors]);
    }

    private static void Fill(ContentDbContext context, SqliteConnection connection, IndexRows rows)
    {
        using var transaction = connection.BeginTransaction();
        var insert = new BulkInserter(context, connection, transaction);
        insert.Insert(rows.Bodies);
        insert.Insert(rows.Series);
        insert.Insert(rows.Topics);
        insert.Insert(rows.Facilitators);
        insert.Insert(rows.Pages);
        insert.Insert(rows.CrisisLines);
        insert.Insert(rows.Resources);
        insert.Insert(rows.Sessions);
        insert.Insert<LinkEntity>(rows.SessionTopics, ContentDbContext.SessionTopics);
        insert.Insert<LinkEntity>(rows.SessionFacilitators, ContentDbContext.SessionFacilitators);
        insert.Insert<LinkEntity>(rows.ResourceTopics, ContentDbContext.ResourceTopics);
        SearchTable.Create(connection, transaction);
        SearchTable.Insert(connection, transaction, rows.Search);
        transaction.Commit();
    }

    private (string ConnectionString, string? File) Location(string version)
    {
        var name = $"index-{version}-{Guid.NewGuid():N}"[..31];
        if (options.InMemory)
        {
            return (new SqliteConnectionStringBuilder { DataSource = name, Mode = SqliteOpenMode.Memory, Cache = SqliteCacheMode.Shared }.ToString(), null);
        }

        Directory.CreateDirectory(options.Directory);
        var file = Path.GetFullPath(Path.Combine(options.Directory, name + ".sqlite"));
        return (new SqliteConnectionStringBuilder { DataSource = file, Pooling = true }.ToString(), file);
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
