using GraphQL.Types;
using WellnessConnection.GraphQL.Common;
using WellnessConnection.GraphQL.Paging;
using WellnessConnection.Storage.Entities;

namespace WellnessConnection.GraphQL.Pages;

public static class PageQueries
{
    public static void Add(ObjectGraphType<object> query)
    {
        query
            .Connection<object, PageGraphType, PageEntity, PageFilterInputType, PageSortInputType>(
                "pages",
                PageFilters.Definition,
                PageFilters.Sort,
                (context, request) => request.Pages(Locales.Of(context))
            )
            .WithLocale()
            .Description("Free pages, in menu order by default.");
        query.BySlug<PageGraphType, PageEntity>("page", (request, locale) => request.Pages(locale));
    }
}
