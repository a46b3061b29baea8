using System.Data.Common;

namespace WellnessConnection.Storage.Indexing;

/// <summary>
/// The FTS5 full-text table: one row per document and locale, with the visibility columns needed to keep drafts
/// and not-yet-published documents out of results without a join.
/// </summary>
public static class SearchTable
{
    public const string Name = "Search";

    private static readonly string[] ParameterNames = ["$k", "$i", "$l", "$d", "$p", "$t", "$x"];

    public static void Create(DbConnection connection, DbTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"""
            CREATE VIRTUAL TABLE "{Name}" USING fts5(
                kind UNINDEXED, id UNINDEXED, locale UNINDEXED, draft UNINDEXED, publish_at UNINDEXED,
                title, text,
                tokenize = 'unicode61 remove_diacritics 2');
            """;
        command.ExecuteNonQuery();
    }

    public static void Insert(DbConnection connection, DbTransaction transaction, IEnumerable<SearchRow> rows)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO \"{Name}\" (kind, id, locale, draft, publish_at, title, text) VALUES ($k, $i, $l, $d, $p, $t, $x)";
        var parameters = ParameterNames.Select(n =>
        {
            var p = command.CreateParameter();
            p.ParameterName = n;
            command.Parameters.Add(p);
            return p;
        }).ToArray();
        command.Prepare();
        foreach (var row in rows)
        {
            parameters[0].Value = row.Kind;
            parameters[1].Value = row.Id;
            parameters[2].Value = row.Locale;
            parameters[3].Value = row.Draft ? 1 : 0;
            parameters[4].Value = (object?)row.PublishAt ?? DBNull.Value;
            parameters[5].Value = row.Title;
            parameters[6].Value = row.Text;
            command.ExecuteNonQuery();
        }
    }
}
