using WellnessConnection.GraphQL.Common;
using WellnessConnection.GraphQL.Filtering;
using WellnessConnection.GraphQL.Sorting;
using WellnessConnection.GraphQL.Topics;
using WellnessConnection.Storage.Entities;

namespace WellnessConnection.GraphQL.Resources;

public static class ResourceFilters
{
    public static readonly FilterDefinition<ResourceEntity> Definition = new FilterDefinition<ResourceEntity>()
        .Text("slug", r => r.Slug)
        .Text("title", r => r.Title)
        .Text("summary", r => r.Summary)
        .Enum<ResourceKindGraphType>("kind", r => r.Kind)
        .EnumList<AudienceGraphType>("audience", r => r.Audience)
        .Documents<TopicEntity, TopicFilterInputType>("topics", r => r.Topics, TopicFilters.Definition);

    public static readonly SortDefinition<ResourceEntity> Sort = new SortDefinition<ResourceEntity>(r => r.SourcePath)
        .Field("title", r => r.Title)
        .Field("kind", r => r.Kind)
        .Field("slug", r => r.Slug)
        .DefaultBy(r => r.Title);
}
