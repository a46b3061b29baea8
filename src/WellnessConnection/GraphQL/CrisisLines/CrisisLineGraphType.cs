using GraphQL.Types;
using NodaTime;
using WellnessConnection.Content.Reading.Builders;
using WellnessConnection.GraphQL.Common;
using WellnessConnection.GraphQL.Memoization;
using WellnessConnection.Storage.Entities;

namespace WellnessConnection.GraphQL.CrisisLines;

public sealed class CrisisLineGraphType : DocumentGraphType<CrisisLineEntity>
{
    public CrisisLineGraphType()
        : base(
            "CrisisLine",
            "A crisis line or physician health program. Every number was checked at `source` on `lastVerified`."
        )
    {
        Field(c => c.Name);
        Field<NonNullGraphType<CrisisScopeGraphType>>("scope").Resolve(context => context.Source.Scope);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegionGraphType>>>>("regions")
            .Resolve(context => context.Source.Regions);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CrisisAudienceGraphType>>>>("audience")
            .Resolve(context => context.Source.Audience);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("phone")
            .Description("Numbers to call, as dialled in North America (`988`, `1-800-555-0199`).")
            .Resolve(context => context.Source.Phone);
        Field(c => c.Text, nullable: true).Description("Number or short code to text.");
        Field(c => c.Url, nullable: true);
        Field(c => c.Hours, nullable: true).Description("e.g. 24/7.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("languages")
            .Description("ISO 639-1 codes of the languages served, e.g. en, fr.")
            .Resolve(context => context.Source.Languages);
        Field(c => c.Source).Description("Where these details were checked.");
        Field<NonNullGraphType<LocalDateGraphType>>("lastVerified").Resolve(context => context.Source.LastVerified);
        Field<NonNullGraphType<BooleanGraphType>>("isStale")
            .ReadsTheClock()
            .Description(
                $"True when the details were last verified more than {CrisisLineBuilder.StaleAfterDays} days ago: "
                    + $"show them with a warning to check the source."
            )
            .Resolve(context =>
            {
                var today = LocalDate.FromDateTime(context.RequestServices!.Request().Now.UtcDateTime);
                return CrisisLineBuilder.IsStale(LocalDate.FromDateOnly(context.Source.LastVerified), today);
            });
    }
}
