using GraphQLParser.AST;

namespace WellnessConnection.Hosting.Protection;

/// <summary>
/// The fields a document selects once its fragment spreads are expanded, as the complexity analyzer and validation
/// will walk them: a fragment spread twice by each of 24 chained fragments is 2^24 fields from a 1 KB document.
/// Each fragment's size is computed once and remembered (size = own fields + the sizes of the fragments it spreads),
/// so the count costs one walk of the document however large the expansion. A spread of a fragment that is being
/// counted (a cycle) or that does not exist counts nothing: validation reports those with its own errors.
/// </summary>
internal sealed class ExpandedFieldCount
{
    private readonly Dictionary<string, GraphQLFragmentDefinition> fragments = [];
    private readonly Dictionary<string, long> sizes = [];
    private readonly HashSet<string> counting = [];
    private readonly long cap;

    private ExpandedFieldCount(GraphQLDocument document, long cap)
    {
        this.cap = cap;
        foreach (var fragment in document.Definitions.OfType<GraphQLFragmentDefinition>())
        {
            fragments.TryAdd(fragment.FragmentName.Name.StringValue, fragment);
        }
    }

    /// <summary>Selection nodes visited: at most the nodes of the document, whatever the expanded count.</summary>
    public int Visited { get; private set; }

    /// <summary>
    /// The expanded fields of every operation of <paramref name="document"/>, saturating just above
    /// <paramref name="cap"/> (a count past the limit needs no precision, and must not overflow).
    /// </summary>
    public static (long Fields, int Visited) Of(GraphQLDocument document, long cap)
    {
        var count = new ExpandedFieldCount(document, cap);
        var total = 0L;
        foreach (var operation in document.Definitions.OfType<GraphQLOperationDefinition>())
        {
            total = count.Add(total, count.Size(operation.SelectionSet));
        }

        return (total, count.Visited);
    }

    private long Add(long a, long b) => Math.Min(a + b, cap + 1);

    // The parser's depth limit bounds the nesting; the fragment limit, checked before, bounds chains of spreads.
    private long Size(GraphQLSelectionSet? selections)
    {
        var total = 0L;
        foreach (var selection in selections?.Selections ?? [])
        {
            Visited++;
            total = Add(
                total,
                selection switch
                {
                    GraphQLField field => Add(1, Size(field.SelectionSet)),
                    GraphQLInlineFragment inline => Size(inline.SelectionSet),
                    GraphQLFragmentSpread spread => Size(spread.FragmentName.Name.StringValue),
                    _ => 0,
                }
            );
        }

        return total;
    }

    private long Size(string fragmentName)
    {
        if (sizes.TryGetValue(fragmentName, out var known))
        {
            return known;
        }

        if (!fragments.TryGetValue(fragmentName, out var fragment) || !counting.Add(fragmentName))
        {
            return 0;
        }

        var size = Size(fragment.SelectionSet);
        counting.Remove(fragmentName);
        sizes[fragmentName] = size;
        return size;
    }
}
