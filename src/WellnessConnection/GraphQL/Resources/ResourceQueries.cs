using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using WellnessConnection.GraphQL.Common;
using WellnessConnection.GraphQL.Paging;
using WellnessConnection.Storage.Entities;

namespace WellnessConnection.GraphQL.Resources;

public static class ResourceQueries
{
    public static void Add(ObjectGraphType<object> query)
    {
        query.Connection<object, ResourceGraphType, ResourceEntity, ResourceFilterInputType, ResourceSortInputType>(
                "resources", ResourceFilters.Definition, ResourceFilters.Sort, (context, request) => request.Resources(Locales.Of(context)))
            .WithLocale()
            .Description("Peer-support resources, by title by default.");
        query.Field<ResourceGraphType>("resource")
            .Description("A resource by slug, or null.")
            .Argument<NonNullGraphType<StringGraphType>>("slug")
            .WithLocale()
            .ResolveAsync(async context => await context.RequestServices!.Request().Resources(Locales.Of(context))
                .FirstOrDefaultAsync(r => r.Slug == context.GetArgument<string>("slug"), context.CancellationToken));
    }
}
