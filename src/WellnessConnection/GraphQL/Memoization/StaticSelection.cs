using GraphQLParser.AST;

namespace WellnessConnection.GraphQL.Memoization;

/// <summary>
/// Whether a selection's answer depends only on the document object it selects from (and on what the memo's key
/// already holds: the index, the time slice): no variable, no directive, no fragment spread (whose text is elsewhere),
/// no introspection but <c>__typename</c>, and no field that reads the clock otherwise (<see cref="VolatileFields"/>).
/// Its text, from the document's source, is then the memo key of the answer.
/// </summary>
public static class StaticSelection
{
    /// <summary>The selection's source text, or null when its answer may depend on more than the object.</summary>
    public static string? KeyOf(GraphQLDocument document, GraphQLSelectionSet selection, ISet<string> volatileFields)
    {
        if (!IsStatic(selection, volatileFields) || selection.Location.End <= selection.Location.Start)
        {
            return null;
        }

        return document
            .Source.Slice(selection.Location.Start, selection.Location.End - selection.Location.Start)
            .ToString();
    }

    private static bool IsStatic(GraphQLSelectionSet selection, ISet<string> volatileFields)
    {
        foreach (var node in selection.Selections)
        {
            switch (node)
            {
                case GraphQLField field:
                    var name = field.Name.StringValue;
                    if (
                        field.Directives?.Count > 0
                        || volatileFields.Contains(name)
                        || (name.StartsWith("__", StringComparison.Ordinal) && name != "__typename")
                        || field.Arguments?.Items.Any(argument => HasVariable(argument.Value)) == true
                        || (field.SelectionSet is { } inner && !IsStatic(inner, volatileFields))
                    )
                    {
                        return false;
                    }

                    break;
                case GraphQLInlineFragment inline:
                    if (inline.Directives?.Count > 0 || !IsStatic(inline.SelectionSet, volatileFields))
                    {
                        return false;
                    }

                    break;
                default:
                    return false;
            }
        }

        return true;
    }

    private static bool HasVariable(GraphQLValue value) =>
        value switch
        {
            GraphQLVariable => true,
            GraphQLListValue list => list.Values?.Any(HasVariable) == true,
            GraphQLObjectValue obj => obj.Fields?.Any(field => HasVariable(field.Value)) == true,
            _ => false,
        };
}
