using WellnessConnection.GraphQL.Filtering;
using WellnessConnection.Storage.Entities;

namespace WellnessConnection.GraphQL.Topics;

public sealed class TopicFilterInputType() : FilterInputType<TopicEntity>("Topic", TopicFilters.Definition);
