using GraphQL.Builders;
using GraphQL.Types;

namespace WellnessConnection.GraphQL.Memoization;

/// <summary>
/// Fields whose answer depends on "now" at a finer grain than the memo's time slice (which follows the sessions' ends
/// and publications, <see cref="VisibilityChanges"/>): a selection with one of them is never answered from the memo.
/// </summary>
public static class VolatileFields
{
    private const string Key = "wc.volatile";

    /// <summary>Marks a field that reads the clock on its own.</summary>
    public static FieldBuilder<TSource, TReturn> ReadsTheClock<TSource, TReturn>(
        this FieldBuilder<TSource, TReturn> field
    )
    {
        field.FieldType.Metadata[Key] = true;
        return field;
    }

    /// <summary>The names of the schema's volatile fields, on any type.</summary>
    public static HashSet<string> Of(ISchema schema) =>
        [
            .. schema
                .AllTypes.OfType<IComplexGraphType>()
                .SelectMany(type => type.Fields)
                .Where(field => field.GetMetadata(Key, false))
                .Select(field => field.Name),
        ];
}
