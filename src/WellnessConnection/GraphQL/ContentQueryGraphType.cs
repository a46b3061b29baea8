using GraphQL.Types;
using WellnessConnection.GraphQL.Common;
using WellnessConnection.GraphQL.CrisisLines;
using WellnessConnection.GraphQL.Facilitators;
using WellnessConnection.GraphQL.Nodes;
using WellnessConnection.GraphQL.Pages;
using WellnessConnection.GraphQL.Resources;
using WellnessConnection.GraphQL.Search;
using WellnessConnection.GraphQL.Series;
using WellnessConnection.GraphQL.Sessions;
using WellnessConnection.GraphQL.Topics;

namespace WellnessConnection.GraphQL;

/// <summary>The root <c>Query</c> type: each feature folder adds its fields.</summary>
public sealed class ContentQueryGraphType : ObjectGraphType<object>
{
    public ContentQueryGraphType()
    {
        Name = "Query";
        NodeQueries.Add(this);
        SessionQueries.Add(this);
        SeriesQueries.Add(this);
        TopicQueries.Add(this);
        FacilitatorQueries.Add(this);
        ResourceQueries.Add(this);
        CrisisLineQueries.Add(this);
        PageQueries.Add(this);
        SearchQueries.Add(this);
        Field<NonNullGraphType<StringGraphType>>("contentVersion")
            .Description(
                "A hash of the content files this response was served from; it changes whenever the content does."
            )
            .Resolve(context => context.RequestServices!.Request().ContentVersion);
        // Every startsAt, endsAt and displayTime comes from NodaTime's embedded tzdb, never the machine's zone files.
        Field<NonNullGraphType<StringGraphType>>("timeZoneDatabase")
            .Description(
                "The version of the time-zone rules (NodaTime's embedded tzdb, e.g. \"TZDB: 2026f\") every time in "
                    + "the API is computed with."
            )
            .Resolve(_ => NodaTime.DateTimeZoneProviders.Tzdb.VersionId);
    }
}
