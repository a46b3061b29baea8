using GraphQL.Types;

namespace WellnessConnection.GraphQL.Filtering;

public sealed class ListEnumOperationFilterInputType<TEnum> : InputObjectGraphType
    where TEnum : EnumerationGraphType, new()
{
    public ListEnumOperationFilterInputType()
    {
        Name = $"List{new TEnum().Name}OperationFilterInput";
        Field<EnumOperationFilterInputType<TEnum>>("all").Description("Every item matches.");
        Field<EnumOperationFilterInputType<TEnum>>("none").Description("No item matches.");
        Field<EnumOperationFilterInputType<TEnum>>("some").Description("At least one item matches.");
        Field<BooleanGraphType>("any").Description("true: the list has items; false: it is empty.");
    }
}
