using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using WellnessConnection.GraphQL.Common;
using WellnessConnection.GraphQL.Paging;
using WellnessConnection.Storage.Entities;

namespace WellnessConnection.GraphQL.Facilitators;

public static class FacilitatorQueries
{
    public static void Add(ObjectGraphType<object> query)
    {
        query.Connection<object, FacilitatorGraphType, FacilitatorEntity, FacilitatorFilterInputType, FacilitatorSortInputType>(
                "facilitators", FacilitatorFilters.Definition, FacilitatorFilters.Sort, (context, request) => request.Facilitators(Locales.Of(context)))
            .WithLocale()
            .Description("Facilitators, by name by default.");
        query.Field<FacilitatorGraphType>("facilitator")
            .Description("A facilitator by slug, or null.")
            .Argument<NonNullGraphType<StringGraphType>>("slug")
            .WithLocale()
            .ResolveAsync(async context => await context.RequestServices!.Request().Facilitators(Locales.Of(context))
                .FirstOrDefaultAsync(f => f.Slug == context.GetArgument<string>("slug"), context.CancellationToken));
    }
}
