using WellnessConnection.GraphQL.Sorting;
using WellnessConnection.Storage.Entities;

namespace WellnessConnection.GraphQL.Topics;

public sealed class TopicSortInputType() : SortInputType<TopicEntity>("Topic", TopicFilters.Sort);
