using System.Globalization;
using Microsoft.Data.Sqlite;
using WellnessConnection.Storage;
using WellnessConnection.Storage.Indexing;
using WellnessConnection.Tests.Content;

namespace WellnessConnection.Tests.Storage.Indexing;

/// <summary>
/// A new index's full-text table, written on a thread and connection of its own and copied in, is the one the index
/// writer writes with the rows: every table of the two indexes the same, byte for byte (the search rows, their rowids,
/// FTS5's segments), and FTS5 finds it sound. The
/// content is the sample's with 300 generated sessions, a third of them translated, so that the rows come in several
/// batches and in both locales' bands.
/// </summary>
public sealed class SearchTableWriterTests : IDisposable
{
    private readonly string indexDirectory = Directory.CreateTempSubdirectory("wc-index-").FullName;
    private readonly TemporaryContentFolder folder = Generate();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_full_text_table_written_beside_the_index_is_the_one_written_with_the_rows(bool inMemory)
    {
        var options = new IndexOptions { Directory = indexDirectory, InMemory = inMemory };
        using var indexer = new ContentIndexer(options, ContentFixtures.Clock(), []);
        var content = ContentFixtures.LoadFolder(folder.Path).Content!;
        var beside = indexer.Build(content, fullTextOnItsOwnThread: true);
        var withRows = indexer.Build(content, fullTextOnItsOwnThread: false);
        try
        {
            Assert.True(Count(withRows, SearchTable.KeysName) > 400);
            Assert.True(Count(withRows, SearchTable.Name + "_data") > 10);
            // Every table: FTS5's own, the search rows and keys, and the rows the index writer wrote meanwhile.
            var tables = Tables(withRows);
            Assert.Contains(SearchTable.Name + "_docsize", tables);
            Assert.Equal(tables, Tables(beside));
            foreach (var table in tables)
            {
                Assert.Equal(Dump(withRows, table), Dump(beside, table));
            }

            Execute(beside, $"INSERT INTO \"{SearchTable.Name}\" (\"{SearchTable.Name}\") VALUES ('integrity-check');");
            Assert.Equal(Search(withRows, "sleep"), Search(beside, "sleep"));
            Assert.Equal(Search(withRows, "session"), Search(beside, "session"));

            // Nothing is left of the database the full-text table was written in.
            Assert.Equal(inMemory ? 0 : 2, Directory.EnumerateFiles(indexDirectory, "index-*").Count());
        }
        finally
        {
            beside.Release();
            withRows.Release();
        }
    }

    public void Dispose()
    {
        folder.Dispose();
        Directory.Delete(indexDirectory, recursive: true);
    }

    private static TemporaryContentFolder Generate()
    {
        var folder = TemporaryContentFolder.CopyOf(ContentFixtures.SampleContentDirectory);
        var start = new DateTime(2025, 1, 7, 19, 0, 0);
        for (var i = 1; i <= 300; i++)
        {
            var date = start.AddDays(i).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
            var name = $"sessions/{start.AddDays(i):yyyy-MM-dd}-generated-{i}";
            var english = $"Session {i}: rest, {(i % 7 == 0 ? "burnout" : "shift work")} and sleep.\n";
            folder.Write(
                name + ".md",
                $"---\ntitle: Session {i} on sleep\nstarts: {date}\nfacilitators: [daniela-isfan]\n"
                    + $"topics: [sleep]\n---\n{english}"
            );

            // A third translated; of those, a third with the English text, so that both locales share a row.
            if (i % 3 == 0)
            {
                folder.Write(
                    name + ".fr.md",
                    i % 9 == 0
                        ? $"---\ntitle: Session {i} on sleep\n---\n{english}"
                        : $"---\ntitle: Séance {i} sur le sommeil\n---\nSéance {i} : le repos et le sommeil.\n"
                );
            }
        }

        return folder;
    }

    private static List<string> Dump(ContentIndex index, string table)
    {
        using var connection = Open(index);
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM \"{table}\" ORDER BY 1, 2";
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            var values = new object[reader.FieldCount];
            reader.GetValues(values);
            rows.Add(string.Join('|', values.Select(v => v is byte[] bytes ? Convert.ToHexString(bytes) : $"{v}")));
        }

        return rows;
    }

    private static List<string> Tables(ContentIndex index)
    {
        using var connection = Open(index);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name";
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    private static long Count(ContentIndex index, string table)
    {
        using var connection = Open(index);
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM \"{table}\"";
        return (long)command.ExecuteScalar()!;
    }

    private static List<string> Search(ContentIndex index, string terms)
    {
        using var connection = Open(index);
        using var command = connection.CreateCommand();
        command.CommandText =
            $"SELECT rowid, rank, snippet(\"{SearchTable.Name}\", 1, '[', ']', '…', 8) FROM \"{SearchTable.Name}\" "
            + $"WHERE \"{SearchTable.Name}\" MATCH $terms ORDER BY rank, rowid";
        command.Parameters.AddWithValue("$terms", terms);
        using var reader = command.ExecuteReader();
        var hits = new List<string>();
        while (reader.Read())
        {
            hits.Add($"{reader.GetInt64(0)}|{reader.GetDouble(1)}|{reader.GetString(2)}");
        }

        return hits;
    }

    private static void Execute(ContentIndex index, string sql)
    {
        // Writable: FTS5 runs its check as a command written into the table.
        using var connection = new SqliteConnection(index.Location.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static SqliteConnection Open(ContentIndex index)
    {
        var connection = new SqliteConnection(index.ConnectionString);
        connection.Open();
        return connection;
    }
}
