namespace WellnessConnection.GraphQL.Search;

/// <summary>A document the full-text table matched: its kind and entity id in the search's locale, score and raw
/// snippet.</summary>
public sealed record FullTextMatch(string Kind, int Id, double Score, string Snippet);
