using WellnessConnection.GraphQL.Sorting;
using WellnessConnection.Storage.Entities;

namespace WellnessConnection.GraphQL.Series;

public sealed class SeriesSortInputType() : SortInputType<SeriesEntity>("Series", SeriesFilters.Sort);
