using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using WellnessConnection.GraphQL.Common;
using WellnessConnection.GraphQL.Paging;
using WellnessConnection.Storage.Entities;

namespace WellnessConnection.GraphQL.Series;

public static class SeriesQueries
{
    public static void Add(ObjectGraphType<object> query)
    {
        query.Connection<object, SeriesGraphType, SeriesEntity, SeriesFilterInputType, SeriesSortInputType>(
                "allSeries", SeriesFilters.Definition, SeriesFilters.Sort, (context, request) => request.Series(Locales.Of(context)))
            .WithLocale()
            .Description("Every series, by title by default.");
        query.Field<SeriesGraphType>("series")
            .Description("A series by slug, or null.")
            .Argument<NonNullGraphType<StringGraphType>>("slug")
            .WithLocale()
            .ResolveAsync(async context => await context.RequestServices!.Request().Series(Locales.Of(context))
                .FirstOrDefaultAsync(s => s.Slug == context.GetArgument<string>("slug"), context.CancellationToken));
    }
}
