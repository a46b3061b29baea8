using WellnessConnection.GraphQL.Paging;

namespace WellnessConnection.GraphQL.Search;

/// <summary>One page of a search's matches, the number of matches, and the facet counts.</summary>
public sealed record SearchResults(Page<SearchHit> Page, int TotalCount, SearchFacets Facets);
