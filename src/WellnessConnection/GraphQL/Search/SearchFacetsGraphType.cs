using GraphQL.Types;

namespace WellnessConnection.GraphQL.Search;

public sealed class SearchFacetsGraphType : ObjectGraphType<SearchFacets>
{
    public SearchFacetsGraphType()
    {
        Name = "SearchFacets";
        Description =
            "Counts of the matches by type and by topic, each with the other filters applied but not its own, "
            + "largest first.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TypeCountGraphType>>>>("types")
            .Resolve(context => context.Source.Types);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TopicCountGraphType>>>>("topics")
            .Resolve(context => context.Source.Topics);
    }
}
