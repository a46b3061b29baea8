using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using WellnessConnection.GraphQL.Common;
using WellnessConnection.Storage;
using WellnessConnection.Storage.Indexing;
using WellnessConnection.Storage.Reading;

namespace WellnessConnection.GraphQL.Search;

/// <summary>
/// FTS5 queries in one locale, among the documents a request may see. Run on the request's connection with ADO.NET:
/// EF Core's SqlQueryRaw would add its query pipeline to every search for nothing.
/// </summary>
public static class FullTextSearch
{
    // ORDER BY rank (the table's bm25, titles weighing more) with LIMIT lets FTS5 rank the matches of the locale's
    // rowid range alone, and compute a snippet only for the rows returned, after the visibility filter (on the search
    // rows, never on the text). Snippet matches are between char(2) and char(3), characters no text has, for the
    // caller to mark up after escaping.
    private const string BestSql = $"""
        SELECT k.Kind, k.Id, h.Score, h.Snippet
        FROM (
            SELECT s.rowid AS Row, -s.rank AS Score, {Snippet} AS Snippet
            {Matches}
            ORDER BY s.rank
            LIMIT $first) AS h
        JOIN "{SearchTable.KeysName}" AS k ON k.Row = h.Row AND k.Locale = $locale
        ORDER BY h.Score DESC
        """;

    // Every match, best first (ties in row order), without snippets: what paging, filters and counts need. The
    // topics of a match are those a session or a resource links to, and a topic's own id.
    private const string AllSql = $"""
        SELECT k.Kind, k.Id, h.Row, h.Score, k.Language,
            CASE k.Kind
                WHEN 'Session' THEN (SELECT group_concat(ToId) FROM "{ContentDbContext.SessionTopics}"
                    WHERE FromId = k.Id)
                WHEN 'Resource' THEN (SELECT group_concat(ToId) FROM "{ContentDbContext.ResourceTopics}"
                    WHERE FromId = k.Id)
                WHEN 'Topic' THEN CAST(k.Id AS TEXT)
            END AS Topics
        FROM (
            SELECT s.rowid AS Row, -s.rank AS Score
            {Matches}) AS h
        JOIN "{SearchTable.KeysName}" AS k ON k.Row = h.Row AND k.Locale = $locale
        ORDER BY h.Score DESC, h.Row
        """;

    // The matches in the locale's rowid range that the request may see.
    private const string Matches = $"""
        FROM "{SearchTable.Name}" AS s JOIN "{SearchTable.RowsName}" AS r ON r.Row = s.rowid
            WHERE "{SearchTable.Name}" MATCH $match AND s.rowid BETWEEN $firstRow AND $lastRow
              AND {DocumentVisibility.SearchCondition}
        """;

    private const string SnippetSql = $"""
        SELECT rowid, {Snippet} FROM "{SearchTable.Name}"
        WHERE "{SearchTable.Name}" MATCH $match AND rowid IN (SELECT value FROM json_each($rows))
        """;

    private const string Snippet = $"snippet(\"{SearchTable.Name}\", -1, char(2), char(3), '…', 16)";

    /// <summary>The <paramref name="first"/> best matches, with their snippets.</summary>
    public static Task<List<FullTextMatch>> FindAsync(
        ContentRequest request,
        string match,
        string locale,
        int first,
        CancellationToken cancellationToken
    ) =>
        RunAsync(
            request,
            BestSql,
            match,
            locale,
            command => Add(command, "$first", first),
            reader => new FullTextMatch(
                reader.GetString(0),
                reader.GetInt32(1),
                reader.GetDouble(2),
                reader.GetString(3)
            ),
            cancellationToken
        );

    /// <summary>Every match, best first, with the row that holds its text, its language and its topics' ids.</summary>
    public static Task<List<SearchMatch>> AllAsync(
        ContentRequest request,
        string match,
        string locale,
        CancellationToken cancellationToken
    ) =>
        RunAsync(
            request,
            AllSql,
            match,
            locale,
            _ => { },
            reader => new SearchMatch(
                reader.GetString(0),
                reader.GetInt32(1),
                reader.GetInt64(2),
                reader.GetDouble(3),
                reader.GetString(4),
                reader.IsDBNull(5) ? [] : [.. reader.GetString(5).Split(',').Select(int.Parse)]
            ),
            cancellationToken
        );

    /// <summary>The snippets of these rows' texts around the matches, by row.</summary>
    public static async Task<Dictionary<long, string>> SnippetsAsync(
        ContentRequest request,
        string match,
        string locale,
        IEnumerable<long> rows,
        CancellationToken cancellationToken
    ) =>
        (
            await RunAsync(
                request,
                SnippetSql,
                match,
                locale,
                command => Add(command, "$rows", $"[{string.Join(',', rows)}]"),
                reader => (Row: reader.GetInt64(0), Snippet: reader.GetString(1)),
                cancellationToken
            )
        ).ToDictionary(s => s.Row, s => s.Snippet);

    private static async Task<List<T>> RunAsync<T>(
        ContentRequest request,
        string sql,
        string match,
        string locale,
        Action<DbCommand> addParameters,
        Func<DbDataReader, T> read,
        CancellationToken cancellationToken
    )
    {
        var (firstRow, lastRow) = SearchTable.RowsOf(locale);
        var database = request.Db.Database;
        await database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = database.GetDbConnection().CreateCommand();
            command.CommandText = sql;
            Add(command, "$match", match);
            Add(command, "$firstRow", firstRow);
            Add(command, "$lastRow", lastRow);
            Add(command, "$preview", request.IsPreview);
            Add(command, "$now", request.Now.UtcDateTime);
            Add(command, "$locale", locale);
            addParameters(command);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var results = new List<T>();
            while (await reader.ReadAsync(cancellationToken))
            {
                results.Add(read(reader));
            }

            return results;
        }
        finally
        {
            await database.CloseConnectionAsync();
        }
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
