using WellnessConnection.GraphQL.Common;
using WellnessConnection.GraphQL.Paging;
using WellnessConnection.GraphQL.Sessions;
using WellnessConnection.Storage.Entities;

namespace WellnessConnection.GraphQL.Facilitators;

public sealed class FacilitatorGraphType : DocumentGraphType<FacilitatorEntity>
{
    public FacilitatorGraphType()
        : base("Facilitator", "A trained facilitator who moderates sessions.")
    {
        Field(f => f.Name).Description("As displayed, e.g. Dr. Daniela Isfan.");
        Field(f => f.Credentials, nullable: true);
        Field(f => f.Pronouns, nullable: true);
        this.Connection<
            FacilitatorEntity,
            SessionGraphType,
            SessionEntity,
            SessionFilterInputType,
            SessionSortInputType
        >("sessions", SessionFilters.Definition, SessionFilters.Sort, (context, request) =>
                request.Sessions(context.Source.Locale).Where(s => s.Facilitators.Any(f => f.Id == context.Source.Id))
            )
            .Description("Sessions this facilitator moderates, earliest first by default.");
    }
}
