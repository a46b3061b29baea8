using WellnessConnection.GraphQL.Filtering;
using WellnessConnection.Storage.Entities;

namespace WellnessConnection.GraphQL.Facilitators;

public sealed class FacilitatorFilterInputType()
    : FilterInputType<FacilitatorEntity>("Facilitator", FacilitatorFilters.Definition);
