namespace WellnessConnection.GraphQL.Search;

/// <summary>
/// One document matching a search, before paging: its kind and entity id, the search row of its text, its score, the
/// language it is served in, and the ids of its topics (a topic's own id for a topic).
/// </summary>
public sealed record SearchMatch(
    string Kind,
    int Id,
    long Row,
    double Score,
    string Language,
    IReadOnlyList<int> TopicIds
);
