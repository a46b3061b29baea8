using GraphQL.Types;
using WellnessConnection.GraphQL.Common;
using WellnessConnection.GraphQL.Paging;
using WellnessConnection.GraphQL.Resources;
using WellnessConnection.GraphQL.Sessions;
using WellnessConnection.Storage.Entities;

namespace WellnessConnection.GraphQL.Topics;

public sealed class TopicGraphType : DocumentGraphType<TopicEntity>
{
    public TopicGraphType()
        : base("Topic", "A topic of the program's tag list, e.g. burnout or self-care.")
    {
        Field(t => t.Name);
        Field(t => t.Summary);
        Field(t => t.Order, nullable: true).Description("Position in the tag list, smallest first.");
        this.Connection<TopicEntity, SessionGraphType, SessionEntity, SessionFilterInputType, SessionSortInputType>(
                "sessions",
                SessionFilters.Definition,
                SessionFilters.Sort,
                (context, request) =>
                    request.Sessions(context.Source.Locale).Where(s => s.Topics.Any(t => t.Id == context.Source.Id))
            )
            .Description("Sessions on this topic, earliest first by default.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ResourceGraphType>>>>("resources")
            .Description("Resources on this topic, by title.")
            .Resolve(context => context.RequestServices!.Request().Loaders.TopicResources.Load(context.Source.Id));
    }
}
