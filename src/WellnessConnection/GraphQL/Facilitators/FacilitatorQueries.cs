using GraphQL.Types;
using WellnessConnection.GraphQL.Common;
using WellnessConnection.GraphQL.Paging;
using WellnessConnection.Storage.Entities;

namespace WellnessConnection.GraphQL.Facilitators;

public static class FacilitatorQueries
{
    public static void Add(ObjectGraphType<object> query)
    {
        query
            .Connection<
                object,
                FacilitatorGraphType,
                FacilitatorEntity,
                FacilitatorFilterInputType,
                FacilitatorSortInputType
            >("facilitators", FacilitatorFilters.Definition, FacilitatorFilters.Sort, (context, request) =>
                request.Facilitators(Locales.Of(context))
            )
            .WithLocale()
            .Description("Facilitators, by name by default.");
        query.BySlug<FacilitatorGraphType, FacilitatorEntity>("facilitator", (request, locale) =>
            request.Facilitators(locale)
        );
    }
}
