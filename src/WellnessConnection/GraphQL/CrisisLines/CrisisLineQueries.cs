using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using WellnessConnection.GraphQL.Common;
using WellnessConnection.Storage.Entities;

namespace WellnessConnection.GraphQL.CrisisLines;

public static class CrisisLineQueries
{
    public static void Add(ObjectGraphType<object> query)
    {
        query
            .Field<NonNullGraphType<ListGraphType<NonNullGraphType<CrisisLineGraphType>>>>("crisisLines")
            .Description(
                "Crisis lines: the national ones first, then, with `region`, that province's or territory's, each "
                    + "by name."
            )
            .Argument<RegionGraphType>(
                "region",
                "A province or territory (QC, ON...): the national lines and that region's. CA: the national lines "
                    + "only. Omitted: every line."
            )
            .WithLocale()
            .ResolveAsync(async context =>
            {
                var lines = context.RequestServices!.Request().CrisisLines(Locales.Of(context));
                var region = context.GetArgument<string?>("region");
                if (region is not null)
                {
                    lines = lines.Where(c => c.Scope == "national" || c.Regions.Contains(region));
                }

                return await lines
                    .OrderBy(c => c.Scope != "national")
                    .ThenBy(c => c.Name)
                    .ThenBy(c => c.SourcePath)
                    .ToListAsync(context.CancellationToken);
            });
        query.BySlug<CrisisLineGraphType, CrisisLineEntity>("crisisLine", (request, locale) =>
            request.CrisisLines(locale)
        );
    }
}
