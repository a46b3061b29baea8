using WellnessConnection.GraphQL.Filtering;
using WellnessConnection.GraphQL.Sorting;
using WellnessConnection.Storage.Entities;

namespace WellnessConnection.GraphQL.Pages;

public static class PageFilters
{
    public static readonly FilterDefinition<PageEntity> Definition = new FilterDefinition<PageEntity>()
        .Text("slug", p => p.Slug)
        .Text("title", p => p.Title)
        .Number("order", p => p.Order);

    public static readonly SortDefinition<PageEntity> Sort = new SortDefinition<PageEntity>(p => p.SourcePath)
        .Field("order", p => p.Order)
        .Field("title", p => p.Title)
        .Field("slug", p => p.Slug)
        .DefaultBy(p => p.Order == null)
        .DefaultBy(p => p.Order)
        .DefaultBy(p => p.Title);
}
