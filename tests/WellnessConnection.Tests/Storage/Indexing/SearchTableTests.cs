using Microsoft.Data.Sqlite;
using WellnessConnection.Storage.Indexing;

namespace WellnessConnection.Tests.Storage.Indexing;

/// <summary>
/// The full-text table in memory, over bodies of its own (it keeps no copy of their text): "quokka" is an untranslated
/// session (English and French share its text), "wombat" a translated one (a text per locale), and topic 1 has the
/// same id as the first session.
/// </summary>
public sealed class SearchTableTests : IDisposable
{
    private readonly SqliteConnection connection = new("Data Source=:memory:");

    public SearchTableTests()
    {
        connection.Open();
        using var transaction = connection.BeginTransaction();
        Execute(transaction, IndexSchema.CreateTables);
        SearchTable.Create(connection, transaction);
        SearchTable.Insert(
            connection,
            transaction,
            [
                Row(transaction, "Session", 1, "quokka", "en", "Quokka care", "Quokkas smile.", "en"),
                Row(transaction, "Session", 2, "wombat", "en", "Wombat care", "Wombats dig.", "en"),
                Row(transaction, "Topic", 1, "animals", "en", "Animals", "Quokkas and wombats.", "en"),
                Row(transaction, "Session", 3, "quokka", "fr", "Quokka care", "Quokkas smile.", "en"),
                Row(transaction, "Session", 4, "wombat", "fr", "Soin des wombats", "Les wombats creusent.", "fr"),
                Row(transaction, "Topic", 2, "animals", "fr", "Animaux", "Quokkas et wombats.", "fr"),
            ]
        );
        transaction.Commit();
    }

    [Fact]
    public void The_locales_of_a_document_with_the_same_text_share_one_row()
    {
        Assert.Equal(5L, Scalar($"SELECT count(*) FROM \"{SearchTable.Name}\""));
        Assert.Equal(["Session 1", "Topic 1"], Find("quokkas", "en"));
        Assert.Equal(["Session 3", "Topic 2"], Find("quokkas", "fr"));
    }

    [Fact]
    public void A_locale_finds_only_its_own_texts()
    {
        Assert.Equal(["Session 2"], Find("dig", "en"));
        Assert.Empty(Find("dig", "fr"));
        Assert.Equal(["Session 4"], Find("creusent", "fr"));
        Assert.Empty(Find("creusent", "en"));
    }

    [Fact]
    public void Deleting_a_document_removes_its_rows_in_every_locale_and_nothing_else()
    {
        using (var transaction = connection.BeginTransaction())
        {
            SearchTable.Delete(connection, [("Session", 1), ("Session", 2), ("Session", 4)]);
            transaction.Commit();
        }

        Assert.Equal(["Topic 1"], Find("quokkas", "en"));
        Assert.Equal(["Topic 2"], Find("quokkas", "fr"));
        Assert.Empty(Find("creusent", "fr"));
        Assert.Equal(2L, Scalar($"SELECT count(*) FROM \"{SearchTable.Name}\""));
        Assert.Equal(2L, Scalar($"SELECT count(*) FROM \"{SearchTable.KeysName}\""));
    }

    [Fact]
    public void A_deleted_document_inserted_again_is_found_again()
    {
        using var transaction = connection.BeginTransaction();
        SearchTable.Delete(connection, [("Session", 1), ("Session", 3)]);
        SearchTable.Insert(
            connection,
            transaction,
            [
                Row(transaction, "Session", 1, "quokka", "en", "Quokka care", "Quokkas smile and hop.", "en"),
                Row(transaction, "Session", 3, "quokka", "fr", "Quokka care", "Quokkas smile and hop.", "en"),
            ]
        );
        transaction.Commit();

        Assert.Equal(["Session 1"], Find("hop", "en"));
        Assert.Equal(["Session 3"], Find("hop", "fr"));
        Assert.Equal(["Session 1"], Find("smile", "en"));
        Assert.Equal(5L, Scalar($"SELECT count(*) FROM \"{SearchTable.Name}\""));
        SearchIndexCheck.AssertMatchesItsTexts(connection);
    }

    [Fact]
    public void The_table_holds_no_copy_of_the_texts_and_shows_them_from_the_bodies()
    {
        Assert.Equal(0L, Scalar("SELECT count(*) FROM sqlite_master WHERE name = 'Search_content'"));
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT snippet("{SearchTable.Name}", -1, '[', ']', '…', 4) FROM "{SearchTable.Name}"
            WHERE "{SearchTable.Name}" MATCH 'creusent'
            """;
        Assert.Equal("Les wombats [creusent].", command.ExecuteScalar());
        SearchIndexCheck.AssertMatchesItsTexts(connection);
    }

    [Fact]
    public void A_deleted_row_leaves_no_word_behind()
    {
        using (var transaction = connection.BeginTransaction())
        {
            SearchTable.Delete(connection, [("Session", 2)]);
            Execute(transaction, "DELETE FROM \"Bodies\" WHERE \"Text\" = 'Wombats dig.'");
            transaction.Commit();
        }

        Assert.Empty(Find("dig", "en"));
        Assert.Equal(0L, Scalar($"SELECT count(*) FROM \"{SearchTable.RowsName}\" WHERE Title = 'Wombat care'"));
        SearchIndexCheck.AssertMatchesItsTexts(connection);
    }

    public void Dispose() => connection.Dispose();

    /// <summary>A search row and the body it reads its text from.</summary>
    private SearchRow Row(
        SqliteTransaction transaction,
        string kind,
        int id,
        string slug,
        string locale,
        string title,
        string text,
        string language
    )
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO "Bodies" ("Markdown", "Html", "Text", "HeadingsJson", "ReadingTimeMinutes")
            VALUES ($t, '', $t, '[]', 1) RETURNING "Id"
            """;
        command.Parameters.AddWithValue("$t", text);
        var bodyId = (int)(long)command.ExecuteScalar()!;
        return new SearchRow(kind, id, slug, locale, false, null, title, text, bodyId, language);
    }

    private void Execute(SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private List<string> Find(string word, string locale)
    {
        var (first, last) = SearchTable.RowsOf(locale);
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT k.Kind || ' ' || k.Id FROM "{SearchTable.Name}" AS s
            JOIN "{SearchTable.KeysName}" AS k ON k.Row = s.rowid AND k.Locale = $l
            WHERE "{SearchTable.Name}" MATCH $m AND s.rowid BETWEEN $f AND $t
            ORDER BY 1
            """;
        command.Parameters.AddWithValue("$l", locale);
        command.Parameters.AddWithValue("$m", word);
        command.Parameters.AddWithValue("$f", first);
        command.Parameters.AddWithValue("$t", last);
        using var reader = command.ExecuteReader();
        var found = new List<string>();
        while (reader.Read())
        {
            found.Add(reader.GetString(0));
        }

        return found;
    }

    private long Scalar(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }
}
