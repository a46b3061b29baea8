using GraphQL.Types.Relay.DataObjects;
using Microsoft.EntityFrameworkCore;
using WellnessConnection.GraphQL.Common;
using WellnessConnection.GraphQL.Paging;

namespace WellnessConnection.GraphQL.Search;

/// <summary>
/// A page of search results: every visible match ranked once, then filtered, counted and sliced in memory (linear in
/// the matches); snippets and entities only for the page.
/// </summary>
public static class SearchResultsResolver
{
    public static async Task<SearchResults> ResolveAsync(
        ContentRequest request,
        string query,
        string locale,
        SearchFilter filter,
        int first,
        int? afterIndex,
        CancellationToken cancellationToken
    )
    {
        var match = FullTextQuery.From(query);
        var matches = match is null ? [] : await FullTextSearch.AllAsync(request, match, locale, cancellationToken);
        var topics = await request.Topics(locale).ToListAsync(cancellationToken);
        var askedTopicIds = topics.Where(t => filter.Topics.Contains(t.Slug)).Select(t => t.Id).ToHashSet();
        var kept = matches.Where(m => filter.Keeps(m, askedTopicIds)).ToList();
        var start = afterIndex is { } after ? after + 1 : 0;
        var slice = kept.Skip(start).Take(first).ToList();
        var hits = await HitsAsync(request, match, locale, slice, cancellationToken);
        var edges = hits.Select((hit, i) => new Edge<SearchHit> { Cursor = Cursor.Encode(start + i), Node = hit })
            .ToList();
        var pageInfo = new PageInfo
        {
            HasPreviousPage = start > 0,
            HasNextPage = start + slice.Count < kept.Count,
            StartCursor = edges.FirstOrDefault()?.Cursor,
            EndCursor = edges.LastOrDefault()?.Cursor,
        };
        var facets = new SearchFacets(
            [
                .. matches
                    .Where(m => filter.Keeps(m, askedTopicIds, byType: false))
                    .GroupBy(m => m.Kind)
                    .Select(g => new TypeCount(g.Key, g.Count()))
                    .OrderByDescending(c => c.Count)
                    .ThenBy(c => c.Type, StringComparer.Ordinal),
            ],
            [
                .. matches
                    .Where(m => filter.Keeps(m, askedTopicIds, byTopic: false))
                    .SelectMany(m => m.TopicIds.Distinct())
                    .CountBy(id => id)
                    .Join(topics, c => c.Key, t => t.Id, (c, t) => new TopicCount(t, c.Value))
                    .OrderByDescending(c => c.Count)
                    .ThenBy(c => c.Topic.Slug, StringComparer.Ordinal),
            ]
        );
        return new SearchResults(
            new Page<SearchHit>(edges, pageInfo, _ => Task.FromResult(kept.Count)),
            kept.Count,
            facets
        );
    }

    private static async Task<List<SearchHit>> HitsAsync(
        ContentRequest request,
        string? match,
        string locale,
        List<SearchMatch> slice,
        CancellationToken cancellationToken
    )
    {
        if (match is null || slice.Count == 0)
        {
            return [];
        }

        var snippets = await FullTextSearch.SnippetsAsync(
            request,
            match,
            locale,
            slice.Select(m => m.Row).Distinct(),
            cancellationToken
        );
        var nodes = await SearchNodes.LoadAsync(request, locale, slice.Select(m => (m.Kind, m.Id)), cancellationToken);
        return
        [
            .. slice
                .Where(m => nodes.ContainsKey((m.Kind, m.Id)))
                .Select(m => new SearchHit(
                    nodes[(m.Kind, m.Id)],
                    Math.Round(m.Score, 4),
                    SnippetMarkup.Highlight(snippets.GetValueOrDefault(m.Row, ""))
                )),
        ];
    }
}
