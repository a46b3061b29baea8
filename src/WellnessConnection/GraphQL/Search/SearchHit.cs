namespace WellnessConnection.GraphQL.Search;

/// <summary>One search result: the document (an entity of any type), its score and a highlighted snippet.</summary>
public sealed record SearchHit(object Node, double Score, string Snippet);
