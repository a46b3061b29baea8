using GraphQL.Types;

namespace WellnessConnection.GraphQL.Filtering;

/// <summary><c>ListFilterInputTypeOf{X}FilterInput</c>: a list of related documents, as Hot Chocolate names
/// it.</summary>
public sealed class ListFilterInputType<TInput> : InputObjectGraphType
    where TInput : IInputObjectGraphType
{
    public ListFilterInputType()
    {
        var element = typeof(TInput).Name.Replace("Type", "", StringComparison.Ordinal);
        Name = $"ListFilterInputTypeOf{element}";
        Field<TInput>("all").Description("Every related document matches.");
        Field<TInput>("none").Description("No related document matches.");
        Field<TInput>("some").Description("At least one related document matches.");
        Field<BooleanGraphType>("any").Description("true: there is at least one; false: there is none.");
    }
}
