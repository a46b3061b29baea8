using WellnessConnection.GraphQL.Sorting;
using WellnessConnection.Storage.Entities;

namespace WellnessConnection.GraphQL.Facilitators;

public sealed class FacilitatorSortInputType()
    : SortInputType<FacilitatorEntity>("Facilitator", FacilitatorFilters.Sort);
