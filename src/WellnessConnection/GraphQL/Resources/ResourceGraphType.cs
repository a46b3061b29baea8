using GraphQL.Types;
using WellnessConnection.GraphQL.Common;
using WellnessConnection.GraphQL.Topics;
using WellnessConnection.Storage.Entities;

namespace WellnessConnection.GraphQL.Resources;

public sealed class ResourceGraphType : DocumentGraphType<ResourceEntity>
{
    public ResourceGraphType()
        : base("Resource", "A peer-support resource: an article, guide, toolkit, program...")
    {
        Field(r => r.Title);
        Field<NonNullGraphType<ResourceKindGraphType>>("kind").Resolve(context => context.Source.Kind);
        Field(r => r.Url, nullable: true)
            .Description("Where the resource is; null when the body is the resource itself.");
        Field(r => r.Summary);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AudienceGraphType>>>>("audience")
            .Description("Who it is for; empty means everyone.")
            .Resolve(context => context.Source.Audience);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TopicGraphType>>>>("topics")
            .Resolve(context => context.RequestServices!.Request().Loaders.ResourceTopics.Load(context.Source.Id));
    }
}
