using WellnessConnection.GraphQL.Filtering;
using WellnessConnection.Storage.Entities;

namespace WellnessConnection.GraphQL.Series;

public sealed class SeriesFilterInputType() : FilterInputType<SeriesEntity>("Series", SeriesFilters.Definition);
