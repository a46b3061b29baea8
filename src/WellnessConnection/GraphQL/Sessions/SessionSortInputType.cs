using WellnessConnection.GraphQL.Sorting;
using WellnessConnection.Storage.Entities;

namespace WellnessConnection.GraphQL.Sessions;

public sealed class SessionSortInputType() : SortInputType<SessionEntity>("Session", SessionFilters.Sort);
