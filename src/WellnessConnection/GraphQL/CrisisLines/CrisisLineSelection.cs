using GraphQLParser.AST;

namespace WellnessConnection.GraphQL.CrisisLines;

/// <summary>
/// Whether a document can show crisis-line details: it selects <c>crisisLine</c> or <c>crisisLines</c>, a fragment on
/// <c>CrisisLine</c> (through <c>node</c>, <c>nodes</c> or a search), or a search itself (<c>search</c>,
/// <c>searchResults</c>), whose snippets may quote a crisis line. The schema knows which fields those are; the
/// response cache gives such responses a shorter life.
/// </summary>
public static class CrisisLineSelection
{
    private static readonly HashSet<string> Fields = new(StringComparer.Ordinal)
    {
        "crisisLine",
        "crisisLines",
        "search",
        "searchResults",
    };

    private const string Type = "CrisisLine";

    public static bool IsSelectedBy(GraphQLDocument? document) =>
        // No document (it was not kept): assume the worst.
        document is null
        || document.Definitions.Any(definition =>
            definition switch
            {
                GraphQLOperationDefinition operation => Selects(operation.SelectionSet),
                GraphQLFragmentDefinition fragment => fragment.TypeCondition.Type.Name.Value.Span.SequenceEqual(Type)
                    || Selects(fragment.SelectionSet),
                _ => false,
            }
        );

    private static bool Selects(GraphQLSelectionSet? selections) =>
        selections is not null
        && selections.Selections.Any(selection =>
            selection switch
            {
                GraphQLField field => Fields.Contains(field.Name.StringValue) || Selects(field.SelectionSet),
                GraphQLInlineFragment inline => inline.TypeCondition?.Type.Name.Value.Span.SequenceEqual(Type) == true
                    || Selects(inline.SelectionSet),
                _ => false,
            }
        );
}
