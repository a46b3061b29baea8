using GraphQL.Types;
using GraphQL.Types.Relay;

namespace WellnessConnection.GraphQL.Search;

/// <summary>A page of search results as a cursor connection, with the total and the facet counts.</summary>
public sealed class SearchResultsGraphType : ObjectGraphType<SearchResults>
{
    public SearchResultsGraphType()
    {
        Name = "SearchResultConnection";
        Description = "A page of search results, best first.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SearchHitGraphType>>>>("nodes")
            .Description("The results of this page.")
            .Resolve(context => context.Source.Page.Nodes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EdgeType<SearchHitGraphType>>>>>("edges")
            .Description("The results of this page, each with its cursor.")
            .Resolve(context => context.Source.Page.Edges);
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Resolve(context => context.Source.Page.PageInfo);
        Field(r => r.TotalCount).Description("The number of results, all pages together, with the filters applied.");
        Field<NonNullGraphType<SearchFacetsGraphType>>("facets").Resolve(context => context.Source.Facets);
    }
}
