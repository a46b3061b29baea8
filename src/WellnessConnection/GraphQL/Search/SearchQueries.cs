using System.Text.Encodings.Web;
using System.Text.Unicode;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using WellnessConnection.GraphQL.Common;
using WellnessConnection.Storage.Entities;
using WellnessConnection.Storage.Indexing;

namespace WellnessConnection.GraphQL.Search;

public static class SearchQueries
{
    public const int DefaultResults = 10;
    public const int MaxResults = 50;

    private static readonly HtmlEncoder TextEncoder = HtmlEncoder.Create(UnicodeRanges.All);

    // The table names are part of the SQL text; only the values are parameters ({0}...). An interpolated
    // FormattableString would turn the table names into parameters too, and SQLite would find no such table.
    // ORDER BY rank (the table's bm25, titles weighing more) with LIMIT lets FTS5 rank the matches of the locale's rowid
    // range alone, and compute a snippet only for the rows returned, after the visibility filter.
    private const string Sql = $$"""
        SELECT k.Kind AS Kind, k.Id AS Id, h.Score AS Score, h.Snippet AS Snippet
        FROM (
            SELECT rowid AS Row, -rank AS Score, snippet("{{SearchTable.Name}}", -1, char(2), char(3), '…', 16) AS Snippet
            FROM "{{SearchTable.Name}}"
            WHERE "{{SearchTable.Name}}" MATCH {0} AND rowid BETWEEN {1} AND {2}
              AND ({5} OR (draft = 0 AND (publish_at IS NULL OR publish_at <= {3})))
            ORDER BY rank
            LIMIT {4}) AS h
        JOIN "{{SearchTable.KeysName}}" AS k ON k.Row = h.Row AND k.Locale = {6}
        ORDER BY h.Score DESC
        """;

    public static void Add(ObjectGraphType<object> query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SearchHitGraphType>>>>("search")
            .Description("Full-text search over every published document (drafts too in preview), best match first, with a highlighted snippet.")
            .Argument<NonNullGraphType<StringGraphType>>("query", "Words to find; the last one may be the start of a word.")
            .Argument<IntGraphType>("first", a => { a.DefaultValue = DefaultResults; a.Description = $"At most this many results (1 to {MaxResults})."; })
            .WithLocale()
            .ResolveAsync(async context =>
            {
                var first = context.GetArgument("first", DefaultResults);
                if (first is < 1 or > MaxResults)
                {
                    throw new ExecutionError($"`first` is {first}; it must be between 1 and {MaxResults}.") { Code = "BAD_PAGE_SIZE" };
                }

                var match = FullTextQuery.From(context.GetArgument<string>("query"));
                return match is null
                    ? []
                    : await SearchAsync(context.RequestServices!.Request(), match, Locales.Of(context), first, context.CancellationToken);
            });

    private static async Task<List<SearchHit>> SearchAsync(ContentRequest request, string match, string locale, int first, CancellationToken cancellationToken)
    {
        var now = request.Now.UtcDateTime;
        var (firstRow, lastRow) = SearchTable.RowsOf(locale);
        var rows = await request.Db.Database
            .SqlQueryRaw<SearchRowResult>(Sql, match, firstRow, lastRow, now, first, request.IsPreview, locale)
            .ToListAsync(cancellationToken);

        var nodes = new Dictionary<(string, int), object>();
        foreach (var group in rows.GroupBy(r => r.Kind))
        {
            var ids = group.Select(r => r.Id).ToList();
            IEnumerable<DocumentEntity> entities = group.Key switch
            {
                "Session" => await request.Sessions(locale).Where(e => ids.Contains(e.Id)).ToListAsync(cancellationToken),
                "Series" => await request.Series(locale).Where(e => ids.Contains(e.Id)).ToListAsync(cancellationToken),
                "Topic" => await request.Topics(locale).Where(e => ids.Contains(e.Id)).ToListAsync(cancellationToken),
                "Facilitator" => await request.Facilitators(locale).Where(e => ids.Contains(e.Id)).ToListAsync(cancellationToken),
                "Resource" => await request.Resources(locale).Where(e => ids.Contains(e.Id)).ToListAsync(cancellationToken),
                "CrisisLine" => await request.CrisisLines(locale).Where(e => ids.Contains(e.Id)).ToListAsync(cancellationToken),
                _ => await request.Pages(locale).Where(e => ids.Contains(e.Id)).ToListAsync(cancellationToken),
            };
            foreach (var entity in entities)
            {
                nodes[(group.Key, entity.Id)] = entity;
            }
        }

        return rows
            .Where(r => nodes.ContainsKey((r.Kind, r.Id)))
            .Select(r => new SearchHit(nodes[(r.Kind, r.Id)], Math.Round(r.Score, 4), Highlight(r.Snippet)))
            .ToList();
    }

    /// <summary>
    /// Escapes the snippet's text, then wraps the matches (between FTS5's markers) in <c>&lt;mark&gt;</c> elements.
    /// Only HTML-sensitive characters are escaped: French letters stay readable (<c>é</c>, not <c>&amp;#233;</c>).
    /// </summary>
    private static string Highlight(string snippet) =>
        string.Concat(snippet.Split(['\u0002', '\u0003']).Select((part, i) =>
            i % 2 == 1 ? $"<mark>{TextEncoder.Encode(part)}</mark>" : TextEncoder.Encode(part)));

    private sealed record SearchRowResult(string Kind, int Id, double Score, string Snippet);
}
