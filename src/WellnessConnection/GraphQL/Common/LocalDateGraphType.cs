using GraphQL.Types;

namespace WellnessConnection.GraphQL.Common;

/// <summary><c>Date</c>: a calendar date, ISO 8601, e.g. <c>2026-10-01</c>.</summary>
public sealed class LocalDateGraphType : DateOnlyGraphType
{
    public LocalDateGraphType()
    {
        Name = "Date";
        Description = "A calendar date, ISO 8601, e.g. 2026-10-01.";
    }
}
