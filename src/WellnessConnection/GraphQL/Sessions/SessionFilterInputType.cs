using WellnessConnection.GraphQL.Filtering;
using WellnessConnection.Storage.Entities;

namespace WellnessConnection.GraphQL.Sessions;

public sealed class SessionFilterInputType() : FilterInputType<SessionEntity>("Session", SessionFilters.Definition);
