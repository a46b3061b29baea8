using WellnessConnection.GraphQL.Common;

namespace WellnessConnection.GraphQL.Filtering;

public sealed class DateOperationFilterInputType : OperationFilterInputType
{
    public DateOperationFilterInputType()
    {
        Name = "DateOperationFilterInput";
        Combinators();
        Equality(typeof(LocalDateGraphType));
        Membership(typeof(LocalDateGraphType));
        Comparison(typeof(LocalDateGraphType));
    }
}
