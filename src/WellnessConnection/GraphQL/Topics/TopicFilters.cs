using WellnessConnection.GraphQL.Filtering;
using WellnessConnection.GraphQL.Sorting;
using WellnessConnection.Storage.Entities;

namespace WellnessConnection.GraphQL.Topics;

public static class TopicFilters
{
    public static readonly FilterDefinition<TopicEntity> Definition = new FilterDefinition<TopicEntity>()
        .Text("slug", t => t.Slug)
        .Text("name", t => t.Name)
        .Text("summary", t => t.Summary)
        .Number("order", t => t.Order);

    public static readonly SortDefinition<TopicEntity> Sort = new SortDefinition<TopicEntity>(t => t.SourcePath)
        .Field("order", t => t.Order)
        .Field("name", t => t.Name)
        .Field("slug", t => t.Slug)
        .DefaultBy(t => t.Order == null)
        .DefaultBy(t => t.Order)
        .DefaultBy(t => t.Name);
}
