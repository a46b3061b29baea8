using WellnessConnection.GraphQL.Filtering;
using WellnessConnection.GraphQL.Sorting;
using WellnessConnection.Storage.Entities;

namespace WellnessConnection.GraphQL.Facilitators;

public static class FacilitatorFilters
{
    public static readonly FilterDefinition<FacilitatorEntity> Definition = new FilterDefinition<FacilitatorEntity>()
        .Text("slug", f => f.Slug)
        .Text("name", f => f.Name);

    public static readonly SortDefinition<FacilitatorEntity> Sort = new SortDefinition<FacilitatorEntity>(f =>
        f.SourcePath
    )
        .Field("name", f => f.Name)
        .Field("slug", f => f.Slug)
        .DefaultBy(f => f.Name);
}
