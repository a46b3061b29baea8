using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using WellnessConnection.GraphQL.Common;
using WellnessConnection.Storage.Indexing;
using WellnessConnection.Storage.Reading;

namespace WellnessConnection.GraphQL.Search;

/// <summary>
/// The best matches of an FTS5 query in one locale, among the documents a request may see. Runs on the request's
/// connection with ADO.NET: EF Core's SqlQueryRaw would add its query pipeline to every search for nothing.
/// </summary>
public static class FullTextSearch
{
    // ORDER BY rank (the table's bm25, titles weighing more) with LIMIT lets FTS5 rank the matches of the locale's
    // rowid range alone, and compute a snippet only for the rows returned, after the visibility filter. Snippet matches
    // are between char(2) and char(3), characters no text has, for the caller to mark up after escaping.
    private const string Sql = $"""
        SELECT k.Kind, k.Id, h.Score, h.Snippet
        FROM (
            SELECT rowid AS Row, -rank AS Score, snippet("{SearchTable.Name}", -1, char(2), char(3), '…', 16) AS Snippet
            FROM "{SearchTable.Name}"
            WHERE "{SearchTable.Name}" MATCH $match AND rowid BETWEEN $firstRow AND $lastRow
              AND {DocumentVisibility.SearchCondition}
            ORDER BY rank
            LIMIT $first) AS h
        JOIN "{SearchTable.KeysName}" AS k ON k.Row = h.Row AND k.Locale = $locale
        ORDER BY h.Score DESC
        """;

    public static async Task<List<FullTextMatch>> FindAsync(
        ContentRequest request,
        string match,
        string locale,
        int first,
        CancellationToken cancellationToken
    )
    {
        var (firstRow, lastRow) = SearchTable.RowsOf(locale);
        var database = request.Db.Database;
        await database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = database.GetDbConnection().CreateCommand();
            command.CommandText = Sql;
            Add(command, "$match", match);
            Add(command, "$firstRow", firstRow);
            Add(command, "$lastRow", lastRow);
            Add(command, "$preview", request.IsPreview);
            Add(command, "$now", request.Now.UtcDateTime);
            Add(command, "$first", first);
            Add(command, "$locale", locale);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var matches = new List<FullTextMatch>(first);
            while (await reader.ReadAsync(cancellationToken))
            {
                matches.Add(
                    new FullTextMatch(reader.GetString(0), reader.GetInt32(1), reader.GetDouble(2), reader.GetString(3))
                );
            }

            return matches;
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
