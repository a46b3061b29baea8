using GraphQL.Types;
using WellnessConnection.GraphQL.Common;
using WellnessConnection.GraphQL.Paging;
using WellnessConnection.Storage.Entities;

namespace WellnessConnection.GraphQL.Resources;

public static class ResourceQueries
{
    public static void Add(ObjectGraphType<object> query)
    {
        query
            .Connection<object, ResourceGraphType, ResourceEntity, ResourceFilterInputType, ResourceSortInputType>(
                "resources",
                ResourceFilters.Definition,
                ResourceFilters.Sort,
                (context, request) => request.Resources(Locales.Of(context))
            )
            .WithLocale()
            .Description("Peer-support resources, by title by default.");
        query.BySlug<ResourceGraphType, ResourceEntity>("resource", (request, locale) => request.Resources(locale));
    }
}
