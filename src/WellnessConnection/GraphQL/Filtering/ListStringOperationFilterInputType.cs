using GraphQL.Types;

namespace WellnessConnection.GraphQL.Filtering;

public sealed class ListStringOperationFilterInputType : InputObjectGraphType
{
    public ListStringOperationFilterInputType()
    {
        Name = "ListStringOperationFilterInput";
        Field<StringOperationFilterInputType>("all").Description("Every item matches.");
        Field<StringOperationFilterInputType>("none").Description("No item matches.");
        Field<StringOperationFilterInputType>("some").Description("At least one item matches.");
        Field<BooleanGraphType>("any").Description("true: the list has items; false: it is empty.");
    }
}
