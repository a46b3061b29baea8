using GraphQL;
using GraphQL.Types;
using WellnessConnection.GraphQL.Common;
using WellnessConnection.GraphQL.Memoization;
using WellnessConnection.GraphQL.Paging;

namespace WellnessConnection.GraphQL.Search;

public static class SearchQueries
{
    public const int DefaultResults = 10;
    public const int MaxResults = 50;

    private const string QueryDescription =
        "Words to find, in any case and with or without accents; every word must match, the last one may be the "
        + "start of a word.";

    public static void Add(ObjectGraphType<object> query)
    {
        AddResults(query);
        AddList(query);
    }

    private static void AddResults(ObjectGraphType<object> query) =>
        query
            .Field<NonNullGraphType<SearchResultsGraphType>>("searchResults")
            .Description(
                "Full-text search over every published document (drafts too in preview), best match first, a page "
                    + "at a time, with filters and the counts a results page shows as facets."
            )
            .Argument<NonNullGraphType<StringGraphType>>("query", QueryDescription)
            .Argument<IntGraphType>("first", a =>
            {
                a.DefaultValue = DefaultResults;
                a.Description = $"At most this many results (1 to {MaxResults}).";
            })
            .Argument<StringGraphType>("after", "The `endCursor` of the previous page, unchanged.")
            .Argument<ListGraphType<NonNullGraphType<DocumentTypeGraphType>>>("types", "Only documents of these types.")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>(
                "topics",
                "Only documents about one of these topics (by slug): the sessions and resources on it, and the "
                    + "topic itself."
            )
            .Argument<LocaleGraphType>(
                "language",
                "Only documents served in this language: FR leaves out English documents that have no translation."
            )
            .WithLocale()
            .ResolveAsync(async context =>
                await SearchResultsResolver.ResolveAsync(
                    context.RequestServices!.Request(),
                    context.GetArgument<string>("query"),
                    Locales.Of(context),
                    SearchFilter.From(context),
                    PageSize(context),
                    Cursor.Decode(context.GetArgument<string?>("after"), "after"),
                    context.CancellationToken
                )
            );

    private static void AddList(ObjectGraphType<object> query) =>
        query
            .Field<NonNullGraphType<ListGraphType<NonNullGraphType<SearchHitGraphType>>>>("search")
            .Description(
                "Full-text search over every published document (drafts too in preview), best match first, with a "
                    + "highlighted snippet."
            )
            .DeprecationReason("Use searchResults: the same results, with paging, filters, totalCount and facets.")
            .Argument<NonNullGraphType<StringGraphType>>("query", QueryDescription)
            .Argument<IntGraphType>("first", a =>
            {
                a.DefaultValue = DefaultResults;
                a.Description = $"At most this many results (1 to {MaxResults}).";
            })
            .WithLocale()
            .ResolveAsync(async context =>
            {
                var first = PageSize(context);
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

    private static int PageSize(IResolveFieldContext context)
    {
        var first = context.GetArgument("first", DefaultResults);
        return first is < 1 or > MaxResults
            ? throw new ExecutionError($"`first` is {first}; it must be between 1 and {MaxResults}.")
            {
                Code = "BAD_PAGE_SIZE",
            }
            : first;
    }

    /// <summary>
    /// The <paramref name="first"/> best hits; kept in the index's memo (an index never changes, and the key carries
    /// the time slice that decides what is published), so that FTS5 ranks every match of a search once per index,
    /// not once per request: a common word matches thousands of rows.
    /// </summary>
    private static async Task<List<SearchHit>> SearchAsync(
        ContentRequest request,
        string match,
        string locale,
        int first,
        CancellationToken cancellationToken
    )
    {
        if (request.Memo is not { } memo)
        {
            return await RankAsync(request, match, locale, first, cancellationToken);
        }

        var key = request.MemoKey("Query.search/hits", $"{locale}\n{first}\n{match}");
        if (!memo.TryGet<List<SearchHit>>(key, out var hits))
        {
            hits = await RankAsync(request, match, locale, first, cancellationToken);
            memo.Set(key, hits, MemoSizes.Rows(hits) + hits.Sum(hit => 2L * hit.Snippet.Length));
        }

        return hits;
    }

    private static async Task<List<SearchHit>> RankAsync(
        ContentRequest request,
        string match,
        string locale,
        int first,
        CancellationToken cancellationToken
    )
    {
        var rows = await FullTextSearch.FindAsync(request, match, locale, first, cancellationToken);
        var nodes = await SearchNodes.LoadAsync(request, locale, rows.Select(r => (r.Kind, r.Id)), cancellationToken);
        return rows.Where(r => nodes.ContainsKey((r.Kind, r.Id)))
            .Select(r => new SearchHit(
                nodes[(r.Kind, r.Id)],
                Math.Round(r.Score, 4),
                SnippetMarkup.Highlight(r.Snippet)
            ))
            .ToList();
    }
}
