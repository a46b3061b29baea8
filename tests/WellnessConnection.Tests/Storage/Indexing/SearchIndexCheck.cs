using Microsoft.Data.Sqlite;
using WellnessConnection.Storage.Indexing;

namespace WellnessConnection.Tests.Storage.Indexing;

/// <summary>
/// FTS5's own check, word for word, that the full-text index holds the words of the texts it reads from the bodies and
/// no other. It fails (SQLite's "database disk image is malformed") when a row's body went before the index forgot the
/// row's words, or when a row's text is not its body's.
/// </summary>
internal static class SearchIndexCheck
{
    public static void AssertMatchesItsTexts(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText =
            $"INSERT INTO \"{SearchTable.Name}\" (\"{SearchTable.Name}\", rank) VALUES ('integrity-check', 1)";
        command.ExecuteNonQuery();
    }

    public static void AssertMatchesItsTexts(string connectionString)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        AssertMatchesItsTexts(connection);
    }
}
