using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using WellnessConnection.GraphQL.Common;
using WellnessConnection.GraphQL.Paging;
using WellnessConnection.Storage.Entities;

namespace WellnessConnection.GraphQL.Topics;

public static class TopicQueries
{
    public static void Add(ObjectGraphType<object> query)
    {
        query.Connection<object, TopicGraphType, TopicEntity, TopicFilterInputType, TopicSortInputType>(
                "topics", TopicFilters.Definition, TopicFilters.Sort, (context, request) => request.Topics(Locales.Of(context)))
            .WithLocale()
            .Description("Topics, in the order of the program's tag list by default.");
        query.Field<TopicGraphType>("topic")
            .Description("A topic by slug, or null.")
            .Argument<NonNullGraphType<StringGraphType>>("slug")
            .WithLocale()
            .ResolveAsync(async context => await context.RequestServices!.Request().Topics(Locales.Of(context))
                .FirstOrDefaultAsync(t => t.Slug == context.GetArgument<string>("slug"), context.CancellationToken));
    }
}
