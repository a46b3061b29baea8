using GraphQL.Types;

namespace WellnessConnection.GraphQL.Filtering;

public sealed class IntOperationFilterInputType : OperationFilterInputType
{
    public IntOperationFilterInputType()
    {
        Name = "IntOperationFilterInput";
        Combinators();
        Equality(typeof(IntGraphType));
        Membership(typeof(IntGraphType));
        Comparison(typeof(IntGraphType));
    }
}
