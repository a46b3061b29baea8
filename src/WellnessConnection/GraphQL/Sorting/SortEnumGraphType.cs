using GraphQL.Types;

namespace WellnessConnection.GraphQL.Sorting;

/// <summary><c>SortEnumType</c>: <c>ASC</c> or <c>DESC</c>, as Hot Chocolate names it.</summary>
public sealed class SortEnumGraphType : EnumerationGraphType
{
    public SortEnumGraphType()
    {
        Name = "SortEnumType";
        Add("ASC", SortDirection.Ascending, "Smallest, earliest or A first.");
        Add("DESC", SortDirection.Descending, "Largest, latest or Z first.");
    }
}
