using GraphQL.Types;

namespace WellnessConnection.GraphQL.Filtering;

/// <summary><c>{Enum}OperationFilterInput</c>: equality and membership on one enum.</summary>
public sealed class EnumOperationFilterInputType<TEnum> : OperationFilterInputType
    where TEnum : EnumerationGraphType, new()
{
    public EnumOperationFilterInputType()
    {
        Name = $"{new TEnum().Name}OperationFilterInput";
        Combinators();
        Equality(typeof(TEnum));
        Membership(typeof(TEnum));
    }
}
