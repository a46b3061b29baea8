using NodaTime;
using WellnessConnection.Content.Diagnostics;
using WellnessConnection.Content.Model;
using WellnessConnection.Content.Schema;

namespace WellnessConnection.Content.Reading.Builders;

public static class SessionBuilder
{
    public static Session Build(FieldValues v, DocumentHeader header, ReadContext context)
    {
        var zone = v.Get<DateTimeZone>("timeZone") ?? DateTimeZoneProviders.Tzdb[context.Site.DefaultTimeZone];
        var starts = v.Get<LocalDateTime?>("starts") ?? default;
        var startsAt = SessionTimes.Resolve(starts, zone, "starts", v.PositionOf("starts"), context.Diagnostics);
        CheckFileDate(header, starts, v.PositionOf("starts"), context.Diagnostics);

        foreach (var slug in v.List("facilitators"))
        {
            context.Known.Check(DocumentKind.Facilitator, slug, "facilitators", v.PositionOf("facilitators"), context.Diagnostics);
        }

        foreach (var slug in v.List("topics"))
        {
            context.Known.Check(DocumentKind.Topic, slug, "topics", v.PositionOf("topics"), context.Diagnostics);
        }

        var series = v.Get<string>("series");
        if (series is not null)
        {
            context.Known.Check(DocumentKind.Series, series, "series", v.PositionOf("series"), context.Diagnostics);
        }
        else if (v.Has("part"))
        {
            context.Diagnostics.Report(DiagnosticCodes.PartWithoutSeries, v.PositionOf("part") ?? header.Origin,
                "\"part\" is only meaningful with \"series\": add `series: <slug>` or remove the part number.");
        }

        var publishAt = v.Get<LocalDateTime?>("publishAt");
        return new Session
        {
            Slug = header.Slug,
            Language = header.Language,
            SourcePath = header.Path.Path,
            Body = header.Body,
            Draft = v.Get("draft", false),
            Title = v.Get<string>("title") ?? "",
            Summary = v.Get<string>("summary") ?? DefaultSummary.Of(header.Body),
            Starts = starts,
            TimeZone = zone.Id,
            StartsAt = startsAt,
            DurationMinutes = v.Get<int?>("durationMinutes") ?? context.Site.DefaultDurationMinutes,
            Facilitators = v.List("facilitators"),
            Topics = v.List("topics"),
            Series = series,
            Part = v.Get<int?>("part"),
            Audience = v.List("audience"),
            RegistrationUrl = v.Get<Uri>("registrationUrl"),
            Status = v.Get<string>("status") ?? "scheduled",
            PublishAt = publishAt is { } local
                ? SessionTimes.Resolve(local, zone, "publishAt", v.PositionOf("publishAt"), context.Diagnostics)
                : null,
        };
    }

    private static void CheckFileDate(DocumentHeader header, LocalDateTime starts, SourcePosition? at, DiagnosticBag diagnostics)
    {
        if (at is null || header.Path.DatePrefix is not { } date || date == starts.Date || header.Path.IsTranslation)
        {
            return;
        }

        diagnostics.Report(DiagnosticCodes.FileDateMismatch, at.Value,
            $"the file name says {date:yyyy-MM-dd} but \"starts\" is on {starts.Date:yyyy-MM-dd}; rename the file so its date matches (the slug stays the same).");
    }
}
