using WellnessConnection.GraphQL.Common;
using WellnessConnection.GraphQL.Facilitators;
using WellnessConnection.GraphQL.Filtering;
using WellnessConnection.GraphQL.Series;
using WellnessConnection.GraphQL.Sorting;
using WellnessConnection.GraphQL.Topics;
using WellnessConnection.Storage.Entities;

namespace WellnessConnection.GraphQL.Sessions;

public static class SessionFilters
{
    public static readonly FilterDefinition<SessionEntity> Definition = new FilterDefinition<SessionEntity>()
        .Text("slug", s => s.Slug)
        .Text("title", s => s.Title)
        .Text("summary", s => s.Summary)
        .DateTime("startsAt", s => s.StartsAt)
        .DateTime("endsAt", s => s.EndsAt)
        .Number("durationMinutes", s => s.DurationMinutes)
        .Text("timeZone", s => s.TimeZone)
        .Enum<SessionStatusGraphType>("status", s => s.Status)
        .EnumList<AudienceGraphType>("audience", s => s.Audience)
        .Number("part", s => s.Part)
        .Documents<TopicEntity, TopicFilterInputType>("topics", s => s.Topics, TopicFilters.Definition)
        .Documents<FacilitatorEntity, FacilitatorFilterInputType>(
            "facilitators",
            s => s.Facilitators,
            FacilitatorFilters.Definition
        )
        .Document<SeriesEntity, SeriesFilterInputType>("series", s => s.Series, SeriesFilters.Definition);

    public static readonly SortDefinition<SessionEntity> Sort = new SortDefinition<SessionEntity>(s => s.SourcePath)
        .Field("startsAt", s => s.StartsAt)
        .Field("title", s => s.Title)
        .Field("durationMinutes", s => s.DurationMinutes)
        .Field("part", s => s.Part)
        .Field("slug", s => s.Slug)
        .DefaultBy(s => s.StartsAt);
}
