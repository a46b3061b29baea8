using NodaTime;
using WellnessConnection.Content.Diagnostics;
using WellnessConnection.Content.Model;
using WellnessConnection.Content.Schema;
using WellnessConnection.Content.Schema.Fields;

namespace WellnessConnection.Content.Reading.Builders;

public static class SessionBuilder
{
    public static Session Build(FieldValues v, DocumentHeader header, ReadContext context)
    {
        var zone = v.Get(SessionFields.TimeZone) ?? DateTimeZoneProviders.Tzdb[context.Site.DefaultTimeZone];
        var starts = v.Get(SessionFields.Starts) ?? default;
        var startsAt = SessionTimes.Resolve(
            starts,
            zone,
            "starts",
            v.PositionOf(SessionFields.Starts),
            context.Diagnostics
        );
        CheckFileDate(header, starts, v.PositionOf(SessionFields.Starts), context.Diagnostics);

        foreach (var slug in v.List(SessionFields.Facilitators))
        {
            context.Known.Check(
                DocumentKind.Facilitator,
                slug,
                "facilitators",
                v.PositionOf(SessionFields.Facilitators),
                context.Diagnostics
            );
        }

        foreach (var slug in v.List(SessionFields.Topics))
        {
            context.Known.Check(
                DocumentKind.Topic,
                slug,
                "topics",
                v.PositionOf(SessionFields.Topics),
                context.Diagnostics
            );
        }

        var series = v.Get(SessionFields.Series);
        if (series is not null)
        {
            context.Known.Check(
                DocumentKind.Series,
                series,
                "series",
                v.PositionOf(SessionFields.Series),
                context.Diagnostics
            );
        }
        else if (v.Has(SessionFields.Part))
        {
            context.Diagnostics.Report(
                DiagnosticCodes.PartWithoutSeries,
                v.PositionOf(SessionFields.Part) ?? header.Origin,
                "\"part\" is only meaningful with \"series\": add `series: <slug>` or remove the part number."
            );
        }

        var publishAt = v.Get(SessionFields.PublishAt);
        return new Session
        {
            Slug = header.Slug,
            Language = header.Language,
            SourcePath = header.Path.Path,
            Body = header.Body,
            Draft = v.Get(SessionFields.Draft) ?? false,
            Title = v.Get(SessionFields.Title) ?? "",
            Summary = v.Get(SessionFields.Summary) ?? DefaultSummary.Of(header.Body),
            Starts = starts,
            TimeZone = zone.Id,
            StartsAt = startsAt,
            DurationMinutes = v.Get(SessionFields.DurationMinutes) ?? context.Site.DefaultDurationMinutes,
            Facilitators = v.List(SessionFields.Facilitators),
            Topics = v.List(SessionFields.Topics),
            Series = series,
            Part = v.Get(SessionFields.Part),
            Audience = v.List(SessionFields.Audience),
            RegistrationUrl = v.Get(SessionFields.RegistrationUrl),
            Status = v.Get(SessionFields.Status) ?? "scheduled",
            PublishAt = publishAt is { } local
                ? SessionTimes.Resolve(
                    local,
                    zone,
                    "publishAt",
                    v.PositionOf(SessionFields.PublishAt),
                    context.Diagnostics
                )
                : null,
        };
    }

    private static void CheckFileDate(
        DocumentHeader header,
        LocalDateTime starts,
        SourcePosition? at,
        DiagnosticBag diagnostics
    )
    {
        if (at is null || header.Path.DatePrefix is not { } date || date == starts.Date || header.Path.IsTranslation)
        {
            return;
        }

        diagnostics.Report(
            DiagnosticCodes.FileDateMismatch,
            at.Value,
            $"the file name says {date:yyyy-MM-dd} but \"starts\" is on {starts.Date:yyyy-MM-dd}; rename the file "
                + $"so its date matches (the slug stays the same)."
        );
    }
}
