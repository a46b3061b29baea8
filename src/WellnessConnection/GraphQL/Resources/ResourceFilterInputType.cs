using WellnessConnection.GraphQL.Filtering;
using WellnessConnection.Storage.Entities;

namespace WellnessConnection.GraphQL.Resources;

public sealed class ResourceFilterInputType() : FilterInputType<ResourceEntity>("Resource", ResourceFilters.Definition);
