using GraphQL;
using GraphQL.Types;
using WellnessConnection.Formatting;
using WellnessConnection.GraphQL.Common;
using WellnessConnection.GraphQL.Facilitators;
using WellnessConnection.GraphQL.Series;
using WellnessConnection.GraphQL.Topics;
using WellnessConnection.Storage.Entities;
using WellnessConnection.Storage.Reading;

namespace WellnessConnection.GraphQL.Sessions;

public sealed class SessionGraphType : DocumentGraphType<SessionEntity>
{
    public SessionGraphType()
        : base("Session", "A virtual peer-support session, led by trained facilitators.")
    {
        Field(s => s.Title);
        Field(s => s.Summary)
            .Description("One or two sentences; the first paragraph of the body unless the editor wrote one.");
        Field<NonNullGraphType<OffsetDateTimeGraphType>>("startsAt")
            .Description("The start, with the UTC offset of the session's time zone.")
            .Resolve(context => SessionInstants.InZone(context.Source.StartsAt, context.Source.TimeZone));
        Field<NonNullGraphType<OffsetDateTimeGraphType>>("endsAt")
            .Resolve(context => SessionInstants.InZone(context.Source.EndsAt, context.Source.TimeZone));
        Field(s => s.TimeZone).Description("The IANA time zone the session is published in, e.g. America/Toronto.");
        Field(s => s.DurationMinutes);
        Field<NonNullGraphType<StringGraphType>>("displayTime")
            .Description(
                "The start as the program writes it: `Tues., Dec. 5, 2023, 7 PM ET` or `mar. 5 déc. 2023, 19 h HE`."
            )
            .Argument<StringGraphType>(
                "timeZone",
                "A Canadian IANA time zone (default: the session's own), e.g. America/St_Johns."
            )
            .Argument<LocaleGraphType>("locale", "The language (default: the language the session was asked for).")
            .Resolve(context =>
            {
                var zone = context.GetArgument<string?>("timeZone") ?? context.Source.TimeZone;
                if (!SessionTimeFormatter.IsSupportedZone(zone))
                {
                    throw new ExecutionError(
                        $"\"{zone}\" is not a Canadian IANA time zone; use e.g. America/Toronto, "
                            + "America/Winnipeg, America/Regina, America/Edmonton, America/Vancouver, America/Halifax "
                            + "or America/St_Johns."
                    )
                    {
                        Code = "BAD_TIME_ZONE",
                    };
                }

                var startsAt = DateTime.SpecifyKind(context.Source.StartsAt, DateTimeKind.Utc);
                return SessionTimeFormatter.Format(
                    startsAt,
                    zone,
                    context.GetArgument<string?>("locale") ?? context.Source.Locale
                );
            });
        Field<NonNullGraphType<SessionStatusGraphType>>("status").Resolve(context => context.Source.Status);
        Field<NonNullGraphType<BooleanGraphType>>("isPast")
            .Description("True once the session has ended.")
            .Resolve(context => context.Source.EndsAt <= context.RequestServices!.Request().Now.UtcDateTime);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AudienceGraphType>>>>("audience")
            .Description("Who the session is for; empty means everyone.")
            .Resolve(context => context.Source.Audience);
        Field(s => s.RegistrationUrl, nullable: true).Description("Where to register.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FacilitatorGraphType>>>>("facilitators")
            .Description("In the order the editor listed them.")
            .Resolve(context => context.RequestServices!.Request().Loaders.FacilitatorsOf(context.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TopicGraphType>>>>("topics")
            .Description("In the order the editor listed them.")
            .Resolve(context => context.RequestServices!.Request().Loaders.TopicsOf(context.Source.Id));
        Field<SeriesGraphType>("series")
            .Resolve(context =>
                context.Source.SeriesId is { } id ? context.RequestServices!.Request().Loaders.SeriesOf(id) : null
            );
        Field(s => s.Part, nullable: true).Description("The part number within the series.");
    }
}
