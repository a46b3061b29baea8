using WellnessConnection.GraphQL.Common;

namespace WellnessConnection.GraphQL.Filtering;

public sealed class DateTimeOperationFilterInputType : OperationFilterInputType
{
    public DateTimeOperationFilterInputType()
    {
        Name = "DateTimeOperationFilterInput";
        Description = "Instants, compared as instants whatever offset they are written with.";
        Combinators();
        Equality(typeof(OffsetDateTimeGraphType));
        Membership(typeof(OffsetDateTimeGraphType));
        Comparison(typeof(OffsetDateTimeGraphType));
    }
}
