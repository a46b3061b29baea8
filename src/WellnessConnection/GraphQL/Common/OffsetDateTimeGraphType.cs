using GraphQL.Types;

namespace WellnessConnection.GraphQL.Common;

/// <summary><c>DateTime</c> as Hot Chocolate names it: ISO 8601 with the offset, e.g.
/// <c>2023-12-05T19:00:00-05:00</c>.</summary>
public sealed class OffsetDateTimeGraphType : DateTimeOffsetGraphType
{
    public OffsetDateTimeGraphType()
    {
        Name = "DateTime";
        Description = "An instant as ISO 8601 with its UTC offset, e.g. 2023-12-05T19:00:00-05:00.";
    }
}
