using GraphQLParser.AST;

namespace WellnessConnection.Hosting.Protection;

/// <summary>
/// graphql-js's <c>getIntrospectionQuery({ inputValueDeprecation: true })</c>, which code generators and IDEs send,
/// asks <c>__schema { directives { args(includeDeprecated: true) } }</c>. GraphQL.NET 8 answers
/// <c>includeDeprecated</c> on the arguments of fields and on input fields (<c>DeprecationOfInputValues</c>), not on
/// the arguments of directives. No directive argument of this schema is deprecated, so the answer is the same
/// without it: the argument is removed there, and only there, before validation.
/// </summary>
public static class DirectiveArgsDeprecation
{
    private const string Argument = "includeDeprecated";

    /// <summary>Removes the argument from <c>args</c> under <c>directives</c>; returns how many it removed.</summary>
    public static int Remove(GraphQLDocument document)
    {
        var removed = 0;
        foreach (var definition in document.Definitions)
        {
            var selections = definition switch
            {
                GraphQLOperationDefinition operation => operation.SelectionSet,
                GraphQLFragmentDefinition fragment => fragment.SelectionSet,
                _ => null,
            };
            removed += Remove(selections, parent: null);
        }

        return removed;
    }

    // The parser's depth limit (128 nodes) bounds this recursion.
    private static int Remove(GraphQLSelectionSet? selections, string? parent)
    {
        var removed = 0;
        foreach (var selection in selections?.Selections ?? [])
        {
            switch (selection)
            {
                case GraphQLField field:
                    var name = field.Name.StringValue;
                    if (name == "args" && parent == "directives" && field.Arguments?.Items is { } arguments)
                    {
                        removed += arguments.RemoveAll(a => a.Name.StringValue == Argument);
                        if (arguments.Count == 0)
                        {
                            field.Arguments = null;
                        }
                    }

                    removed += Remove(field.SelectionSet, name);
                    break;
                case GraphQLInlineFragment inline:
                    removed += Remove(inline.SelectionSet, parent);
                    break;
            }
        }

        return removed;
    }
}
