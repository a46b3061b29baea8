using WellnessConnection.Storage.Entities;

namespace WellnessConnection.GraphQL.Search;

/// <summary>
/// The counts a results page offers as facets. Each one counts the matches of the search with the other filters
/// applied but not its own, so that a reader can switch between types, or between topics, and see what each gives.
/// </summary>
public sealed record SearchFacets(IReadOnlyList<TypeCount> Types, IReadOnlyList<TopicCount> Topics);

/// <summary>How many matches are of one kind of document.</summary>
public sealed record TypeCount(string Type, int Count);

/// <summary>How many matches are about one topic.</summary>
public sealed record TopicCount(TopicEntity Topic, int Count);
