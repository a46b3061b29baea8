using GraphQL.Types;

namespace WellnessConnection.GraphQL.Filtering;

public sealed class StringOperationFilterInputType : OperationFilterInputType
{
    public StringOperationFilterInputType()
    {
        Name = "StringOperationFilterInput";
        Description = "Text comparisons. `contains`, `startsWith` and `endsWith` ignore the case of ASCII letters.";
        Combinators();
        Equality(typeof(StringGraphType));
        foreach (var name in new[] { "contains", "ncontains", "startsWith", "nstartsWith", "endsWith", "nendsWith" })
        {
            Operation(name, typeof(StringGraphType));
        }

        Membership(typeof(StringGraphType));
    }
}
