using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace WellnessConnection.Storage.Indexing;

/// <summary>
/// The FTS5 full-text table, one row per distinct text: the locales of a document share a row when their title, text
/// and visibility are the same, as for an untranslated document whose French version inherits the English one.
/// <see cref="KeysName"/> maps each row to the documents it serves, one (kind, entity id) per locale, so that a search
/// answers with the entities of its locale and an edit deletes the rows of its documents by key.
/// Rows are numbered in three bands, French only, shared, English only, so that the rows of one locale are one rowid
/// range (<see cref="RowsOf"/>): FTS5 reads and ranks those alone, never a row of the other locale.
/// <para>
/// The table is an index over the bodies, not a second copy of them (FTS5's external content): the title and text
/// it shows (in snippets) are read through the view <see cref="ContentName"/> from <see cref="RowsName"/>, a row's
/// title, visibility and body, and <c>Bodies</c>. A full build writes each text once instead of twice: 40 MB less at
/// 10,000 sessions, and an eighth to a fifth of the index's build time. A search filters its matches on the
/// visibility in <see cref="RowsName"/>, a small row, never on the text: faster than when the table kept its own
/// copy (bench/README.md, "Figures behind design choices"). To delete a row, FTS5 reads its text back through the
/// view to find the words it indexed: rows are deleted before their bodies.
/// </para>
/// </summary>
public static class SearchTable
{
    public const string Name = "Search";

    public const string KeysName = "SearchKeys";

    /// <summary>One row per row of the full-text table (same number): its <c>Title</c>, its visibility (<c>Draft</c>,
    /// <c>PublishAt</c>: the columns of <c>DocumentVisibility.SearchCondition</c>) and its <c>BodyId</c>.</summary>
    public const string RowsName = "SearchRows";

    /// <summary>The view FTS5 reads a row's title and text from.</summary>
    public const string ContentName = "SearchContent";

    /// <summary>The <c>Kind</c> a row is stored under, as the search resolver reads it back: "Session", "CrisisLine",
    /// ...</summary>
    public static string KindOf(Content.Schema.DocumentKind kind) => kind.ToString();

    private const long BandSize = 1L << 40;

    public static void Create(DbConnection connection, DbTransaction transaction)
    {
        // rank: title words weigh ten times text words (bm25 takes one weight per column). hashsize: the terms
        // buffered before a segment is written; above the 1 MB default, a full build writes fewer, larger segments and
        // merges less. 4 MB rather than 16: the buffer is native memory, and a larger one raised the peak memory
        // without a faster start (bench/README.md, "Figures behind design choices").
        Execute(
            connection,
            transaction,
            $"""
            CREATE TABLE "{RowsName}" (
                Row INTEGER NOT NULL PRIMARY KEY, Title TEXT NOT NULL, Draft INTEGER NOT NULL, PublishAt TEXT NULL,
                BodyId INTEGER NOT NULL);
            CREATE VIEW "{ContentName}" AS
                SELECT r.Row AS Row, r.Title AS title, b.Text AS text
                FROM "{RowsName}" AS r JOIN "Bodies" AS b ON b.Id = r.BodyId;
            CREATE VIRTUAL TABLE "{Name}" USING fts5(
                title, text, content = '{ContentName}', content_rowid = 'Row',
                tokenize = 'unicode61 remove_diacritics 2');
            INSERT INTO "{Name}" ("{Name}", rank) VALUES ('rank', 'bm25(10.0, 1.0)');
            INSERT INTO "{Name}" ("{Name}", rank) VALUES ('hashsize', {4 * 1024 * 1024});
            CREATE TABLE "{KeysName}" (
                Row INTEGER NOT NULL, Locale TEXT NOT NULL, Kind TEXT NOT NULL, Id INTEGER NOT NULL,
                Language TEXT NOT NULL,
                PRIMARY KEY (Row, Locale)) WITHOUT ROWID;
            CREATE UNIQUE INDEX "IX_{KeysName}_Kind_Id" ON "{KeysName}" (Kind, Id);
            """
        );
    }

    /// <summary>
    /// Adds the rows of documents. Pass every locale of a document in one call, so that the locales with the same text
    /// share one row.
    /// </summary>
    public static void Insert(SqliteConnection connection, DbTransaction transaction, IEnumerable<SearchRow> rows)
    {
        using var insertText = new RawStatement(
            connection,
            $"INSERT INTO \"{Name}\" (rowid, title, text) VALUES ($r, $t, $x)"
        );
        using var insertRow = new RawStatement(
            connection,
            $"INSERT INTO \"{RowsName}\" (Row, Title, Draft, PublishAt, BodyId) VALUES ($r, $t, $d, $p, $b)"
        );
        using var insertKey = new RawStatement(
            connection,
            $"INSERT INTO \"{KeysName}\" (Row, Locale, Kind, Id, Language) VALUES ($r, $l, $k, $i, $g)"
        );
        foreach (var (rowid, served) in Numbered(connection, transaction, SharedTexts(rows)))
        {
            var text = served[0];
            insertText.Run(rowid, text.Title, text.Text);
            insertRow.Run(rowid, text.Title, text.Draft, text.PublishAt, text.BodyId);
            foreach (var row in served)
            {
                insertKey.Run(rowid, row.Locale, row.Kind, row.Id, row.Language);
            }
        }
    }

    /// <summary>
    /// Deletes the rows that serve these documents (kind and entity id). A row shared by the locales of a document goes
    /// with any of them: delete every locale of a document, then insert them again. Call it before their bodies are
    /// deleted: FTS5 forgets a row's words by reading its text again.
    /// </summary>
    public static void Delete(SqliteConnection connection, IEnumerable<(string Kind, int Id)> documents)
    {
        const string rowsOfDocument = $"SELECT Row FROM \"{KeysName}\" WHERE Kind = $k AND Id = $i";
        using var deleteText = new RawStatement(
            connection,
            $"DELETE FROM \"{Name}\" WHERE rowid IN ({rowsOfDocument})"
        );
        using var deleteRow = new RawStatement(
            connection,
            $"DELETE FROM \"{RowsName}\" WHERE Row IN ({rowsOfDocument})"
        );
        using var deleteKeys = new RawStatement(
            connection,
            $"DELETE FROM \"{KeysName}\" WHERE Row IN ({rowsOfDocument})"
        );
        foreach (var (kind, id) in documents)
        {
            deleteText.Run(kind, id);
            deleteRow.Run(kind, id);
            deleteKeys.Run(kind, id);
        }
    }

    /// <summary>The rowids of the rows a search in <paramref name="locale"/> may find, first and last
    /// included.</summary>
    public static (long First, long Last) RowsOf(string locale) =>
        locale switch
        {
            "fr" => (1 * BandSize, (3 * BandSize) - 1),
            "en" => (2 * BandSize, (4 * BandSize) - 1),
            _ => throw new ArgumentException($"No search rows for the locale \"{locale}\".", nameof(locale)),
        };

    private static long BandOf(IReadOnlyList<SearchRow> served) =>
        (
            served.Any(r => r.Locale == "en"),
            served.Any(r => r.Locale == "fr"),
            served.All(r => r.Locale is "en" or "fr")
        ) switch
        {
            (false, true, true) => 1,
            (true, true, true) => 2,
            (true, false, true) => 3,
            _ => throw new ArgumentException(
                $"Search rows are in English or French, not \"{string.Join(", ", served.Select(r => r.Locale))}\"."
            ),
        };

    /// <summary>
    /// The texts with their rowids, after the last of their band, in rowid order: FTS5 writes its pending terms out
    /// whenever a rowid is lower than the one before, so inserting the bands mixed would write thousands of small
    /// segments and take several times longer (bench/README.md, "Figures behind design choices").
    /// </summary>
    private static List<(long Rowid, List<SearchRow> Served)> Numbered(
        DbConnection connection,
        DbTransaction transaction,
        List<List<SearchRow>> texts
    )
    {
        var nextRows = new Dictionary<long, long>();
        var numbered = new List<(long Rowid, List<SearchRow> Served)>(texts.Count);
        foreach (var served in texts)
        {
            var band = BandOf(served);
            if (!nextRows.TryGetValue(band, out var rowid))
            {
                rowid = LastRowOf(connection, transaction, band) + 1;
            }

            nextRows[band] = rowid + 1;
            numbered.Add((rowid, served));
        }

        numbered.Sort((a, b) => a.Rowid.CompareTo(b.Rowid));
        return numbered;
    }

    /// <summary>The rows grouped by text: the locales of one document with the same title, text and visibility share
    /// one.</summary>
    private static List<List<SearchRow>> SharedTexts(IEnumerable<SearchRow> rows)
    {
        var texts = new List<List<SearchRow>>();
        var textsOfDocument = new Dictionary<(string Kind, string Slug), List<List<SearchRow>>>();
        foreach (var row in rows)
        {
            if (!textsOfDocument.TryGetValue((row.Kind, row.Slug), out var ofDocument))
            {
                textsOfDocument[(row.Kind, row.Slug)] = ofDocument = [];
            }

            var same = ofDocument.Find(text => SameText(text, row));
            if (same is null)
            {
                same = [];
                ofDocument.Add(same);
                texts.Add(same);
            }

            same.Add(row);
        }

        return texts;
    }

    private static bool SameText(List<SearchRow> text, SearchRow row) =>
        text[0] is var first
        && first.Title == row.Title
        && first.Text == row.Text
        && first.Draft == row.Draft
        && first.PublishAt == row.PublishAt
        && text.TrueForAll(r => r.Locale != row.Locale);

    private static long LastRowOf(DbConnection connection, DbTransaction transaction, long band)
    {
        using var command = Prepare(
            connection,
            transaction,
            $"SELECT max(Row) FROM \"{KeysName}\" WHERE Row BETWEEN $f AND $l",
            "$f",
            "$l"
        );
        command.Parameters[0].Value = band * BandSize;
        command.Parameters[1].Value = ((band + 1) * BandSize) - 1;
        return command.ExecuteScalar() is long last ? last : (band * BandSize) - 1;
    }

    private static DbCommand Prepare(
        DbConnection connection,
        DbTransaction transaction,
        string sql,
        params string[] parameterNames
    )
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameterNames)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            command.Parameters.Add(parameter);
        }

        command.Prepare();
        return command;
    }

    private static void Execute(DbConnection connection, DbTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
