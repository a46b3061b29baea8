using GraphQL.Types;
using WellnessConnection.GraphQL.Common;
using WellnessConnection.GraphQL.Paging;
using WellnessConnection.Storage.Entities;

namespace WellnessConnection.GraphQL.Topics;

public static class TopicQueries
{
    public static void Add(ObjectGraphType<object> query)
    {
        query
            .Connection<object, TopicGraphType, TopicEntity, TopicFilterInputType, TopicSortInputType>(
                "topics",
                TopicFilters.Definition,
                TopicFilters.Sort,
                (context, request) => request.Topics(Locales.Of(context))
            )
            .WithLocale()
            .Description("Topics, in the order of the program's tag list by default.");
        query.BySlug<TopicGraphType, TopicEntity>("topic", (request, locale) => request.Topics(locale));
    }
}
