using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using WellnessConnection.GraphQL.Common;
using WellnessConnection.GraphQL.Paging;
using WellnessConnection.Storage.Entities;

namespace WellnessConnection.GraphQL.Pages;

public static class PageQueries
{
    public static void Add(ObjectGraphType<object> query)
    {
        query.Connection<object, PageGraphType, PageEntity, PageFilterInputType, PageSortInputType>(
                "pages", PageFilters.Definition, PageFilters.Sort, (context, request) => request.Pages(Locales.Of(context)))
            .WithLocale()
            .Description("Free pages, in menu order by default.");
        query.Field<PageGraphType>("page")
            .Description("A page by slug (e.g. faq, get-support-now), or null.")
            .Argument<NonNullGraphType<StringGraphType>>("slug")
            .WithLocale()
            .ResolveAsync(async context => await context.RequestServices!.Request().Pages(Locales.Of(context))
                .FirstOrDefaultAsync(p => p.Slug == context.GetArgument<string>("slug"), context.CancellationToken));
    }
}
