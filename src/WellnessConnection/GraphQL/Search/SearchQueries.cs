using System.Text.Encodings.Web;
using System.Text.Unicode;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using WellnessConnection.GraphQL.Common;
using WellnessConnection.Storage.Entities;

namespace WellnessConnection.GraphQL.Search;

public static class SearchQueries
{
    public const int DefaultResults = 10;
    public const int MaxResults = 50;

    private static readonly HtmlEncoder TextEncoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static void Add(ObjectGraphType<object> query) =>
        query
            .Field<NonNullGraphType<ListGraphType<NonNullGraphType<SearchHitGraphType>>>>("search")
            .Description(
                "Full-text search over every published document (drafts too in preview), best match first, with a "
                    + "highlighted snippet."
            )
            .Argument<NonNullGraphType<StringGraphType>>(
                "query",
                "Words to find; the last one may be the start of a word."
            )
            .Argument<IntGraphType>("first", a =>
            {
                a.DefaultValue = DefaultResults;
                a.Description = $"At most this many results (1 to {MaxResults}).";
            })
            .WithLocale()
            .ResolveAsync(async context =>
            {
                var first = context.GetArgument("first", DefaultResults);
                if (first is < 1 or > MaxResults)
                {
                    throw new ExecutionError($"`first` is {first}; it must be between 1 and {MaxResults}.")
                    {
                        Code = "BAD_PAGE_SIZE",
                    };
                }

                var match = FullTextQuery.From(context.GetArgument<string>("query"));
                return match is null
                    ? []
                    : await SearchAsync(
                        context.RequestServices!.Request(),
                        match,
                        Locales.Of(context),
                        first,
                        context.CancellationToken
                    );
            });

    private static async Task<List<SearchHit>> SearchAsync(
        ContentRequest request,
        string match,
        string locale,
        int first,
        CancellationToken cancellationToken
    )
    {
        var rows = await FullTextSearch.FindAsync(request, match, locale, first, cancellationToken);

        var nodes = new Dictionary<(string, int), object>();
        foreach (var group in rows.GroupBy(r => r.Kind))
        {
            var ids = group.Select(r => r.Id).ToList();
            IEnumerable<DocumentEntity> entities = group.Key switch
            {
                "Session" => await request
                    .Sessions(locale)
                    .Where(e => ids.Contains(e.Id))
                    .ToListAsync(cancellationToken),
                "Series" => await request.Series(locale).Where(e => ids.Contains(e.Id)).ToListAsync(cancellationToken),
                "Topic" => await request.Topics(locale).Where(e => ids.Contains(e.Id)).ToListAsync(cancellationToken),
                "Facilitator" => await request
                    .Facilitators(locale)
                    .Where(e => ids.Contains(e.Id))
                    .ToListAsync(cancellationToken),
                "Resource" => await request
                    .Resources(locale)
                    .Where(e => ids.Contains(e.Id))
                    .ToListAsync(cancellationToken),
                "CrisisLine" => await request
                    .CrisisLines(locale)
                    .Where(e => ids.Contains(e.Id))
                    .ToListAsync(cancellationToken),
                _ => await request.Pages(locale).Where(e => ids.Contains(e.Id)).ToListAsync(cancellationToken),
            };
            foreach (var entity in entities)
            {
                nodes[(group.Key, entity.Id)] = entity;
            }
        }

        return rows.Where(r => nodes.ContainsKey((r.Kind, r.Id)))
            .Select(r => new SearchHit(nodes[(r.Kind, r.Id)], Math.Round(r.Score, 4), Highlight(r.Snippet)))
            .ToList();
    }

    /// <summary>
    /// Escapes the snippet's text, then wraps the matches (between FTS5's markers) in <c>&lt;mark&gt;</c> elements.
    /// Only HTML-sensitive characters are escaped: French letters stay readable (<c>é</c>, not <c>&amp;#233;</c>).
    /// </summary>
    private static string Highlight(string snippet) =>
        string.Concat(
            snippet
                .Split(['\u0002', '\u0003'])
                .Select((part, i) => i % 2 == 1 ? $"<mark>{TextEncoder.Encode(part)}</mark>" : TextEncoder.Encode(part))
        );
}
