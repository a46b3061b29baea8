using GraphQL;

namespace WellnessConnection.GraphQL.Search;

/// <summary>
/// What a search keeps of its matches: some kinds of document, documents about some topics (sessions and resources
/// that link to them, and the topics themselves), documents served in one language. Empty means no condition.
/// </summary>
public sealed record SearchFilter(IReadOnlySet<string> Types, IReadOnlySet<string> Topics, string? Language)
{
    public const int MaxValues = 50;

    public static SearchFilter From(IResolveFieldContext context)
    {
        var types = context.GetArgument<List<string>?>("types") ?? [];
        var topics = context.GetArgument<List<string>?>("topics") ?? [];
        if (types.Count > MaxValues || topics.Count > MaxValues)
        {
            throw new ExecutionError($"`types` and `topics` take at most {MaxValues} values each.")
            {
                Code = "BAD_FILTER",
            };
        }

        return new SearchFilter(
            types.ToHashSet(StringComparer.Ordinal),
            topics.ToHashSet(StringComparer.Ordinal),
            context.GetArgument<string?>("language")
        );
    }

    /// <summary>Whether a match is kept, with the topic condition over <paramref name="topicIds"/> (the ids of the
    /// topics asked for).</summary>
    public bool Keeps(SearchMatch match, IReadOnlySet<int> topicIds, bool byType = true, bool byTopic = true) =>
        (!byType || Types.Count == 0 || Types.Contains(match.Kind))
        && (!byTopic || Topics.Count == 0 || match.TopicIds.Any(topicIds.Contains))
        && (Language is null || match.Language == Language);
}
