using WellnessConnection.GraphQL.Sorting;
using WellnessConnection.Storage.Entities;

namespace WellnessConnection.GraphQL.Resources;

public sealed class ResourceSortInputType() : SortInputType<ResourceEntity>("Resource", ResourceFilters.Sort);
