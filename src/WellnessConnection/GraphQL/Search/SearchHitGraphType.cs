using GraphQL.Types;
using WellnessConnection.GraphQL.Common;

namespace WellnessConnection.GraphQL.Search;

public sealed class SearchHitGraphType : ObjectGraphType<SearchHit>
{
    public SearchHitGraphType()
    {
        Name = "SearchHit";
        Description = "A document matching a search, best first.";
        Field<NonNullGraphType<NodeGraphType>>("node").Resolve(context => context.Source.Node);
        Field(h => h.Score)
            .Description(
                "Relevance (FTS5 BM25, title words weigh more): higher is better; only comparable within one search."
            );
        Field(h => h.Snippet)
            .Description(
                "A short extract around the matches, as safe HTML: matched words are in <mark> elements, "
                    + "everything else is escaped text."
            );
    }
}
