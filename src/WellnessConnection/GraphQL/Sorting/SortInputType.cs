using GraphQL.Types;

namespace WellnessConnection.GraphQL.Sorting;

/// <summary>A <c>{Type}SortInput</c>: one <see cref="SortEnumGraphType"/> field per sortable field.</summary>
public abstract class SortInputType<T> : InputObjectGraphType
{
    protected SortInputType(string typeName, SortDefinition<T> definition)
    {
        Name = $"{typeName}SortInput";
        Description = "Give one field per item of `order`; items apply in turn (the second breaks ties of the first).";
        foreach (var name in definition.FieldNames)
        {
            Field<SortEnumGraphType>(name);
        }
    }
}
