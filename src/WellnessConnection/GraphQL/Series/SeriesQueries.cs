using GraphQL.Types;
using WellnessConnection.GraphQL.Common;
using WellnessConnection.GraphQL.Paging;
using WellnessConnection.Storage.Entities;

namespace WellnessConnection.GraphQL.Series;

public static class SeriesQueries
{
    public static void Add(ObjectGraphType<object> query)
    {
        query
            .Connection<object, SeriesGraphType, SeriesEntity, SeriesFilterInputType, SeriesSortInputType>(
                "allSeries",
                SeriesFilters.Definition,
                SeriesFilters.Sort,
                (context, request) => request.Series(Locales.Of(context))
            )
            .WithLocale()
            .Description("Every series, by title by default.");
        query.BySlug<SeriesGraphType, SeriesEntity>("series", (request, locale) => request.Series(locale));
    }
}
