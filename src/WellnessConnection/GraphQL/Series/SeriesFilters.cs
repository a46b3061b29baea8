using WellnessConnection.GraphQL.Filtering;
using WellnessConnection.GraphQL.Sorting;
using WellnessConnection.Storage.Entities;

namespace WellnessConnection.GraphQL.Series;

public static class SeriesFilters
{
    public static readonly FilterDefinition<SeriesEntity> Definition = new FilterDefinition<SeriesEntity>()
        .Text("slug", s => s.Slug)
        .Text("title", s => s.Title)
        .Text("summary", s => s.Summary);

    public static readonly SortDefinition<SeriesEntity> Sort = new SortDefinition<SeriesEntity>(s => s.SourcePath)
        .Field("title", s => s.Title)
        .Field("slug", s => s.Slug)
        .DefaultBy(s => s.Title);
}
