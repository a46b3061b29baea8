using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using NodaTime;
using WellnessConnection.Storage.Reading;

namespace WellnessConnection.Feeds;

/// <summary>Builds the iCalendar (RFC 5545) text of sessions: one <c>VEVENT</c> each, and the <c>VTIMEZONE</c>s they
/// use.</summary>
public static class SessionCalendarBuilder
{
    public const string ProductId = "-//Canadian Medical Association//Wellness Connection//EN";

    /// <summary>How often subscribers should fetch the feed again, so that they see a cancellation soon.</summary>
    public const string RefreshInterval = "PT1H";

    public static string UidOf(string slug) => $"{slug}@wellness-connection";

    /// <summary>A subscription: the calendar carries its name and how often to refresh it.</summary>
    public static string Subscription(IReadOnlyList<ListedSession> sessions, FeedText text, DateTimeOffset now)
    {
        var calendar = Calendar(sessions, text, now);
        calendar.AddProperty("NAME", text.CalendarName);
        calendar.AddProperty("X-WR-CALNAME", text.CalendarName);
        calendar.AddProperty("DESCRIPTION", text.CalendarDescription);
        calendar.AddProperty("X-WR-CALDESC", text.CalendarDescription);
        var refresh = new CalendarProperty("REFRESH-INTERVAL", RefreshInterval);
        refresh.Parameters.Set("VALUE", "DURATION");
        calendar.AddProperty(refresh);
        calendar.AddProperty("X-PUBLISHED-TTL", RefreshInterval);
        return Serialize(calendar);
    }

    /// <summary>One session to add to a calendar.</summary>
    public static string ForOne(ListedSession session, FeedText text, DateTimeOffset now) =>
        Serialize(Calendar([session], text, now));

    private static Calendar Calendar(IReadOnlyList<ListedSession> sessions, FeedText text, DateTimeOffset now)
    {
        var calendar = new Calendar
        {
            ProductId = ProductId,
            Version = "2.0",
            Scale = "GREGORIAN",
            Method = "PUBLISH",
        };
        foreach (var zone in sessions.GroupBy(s => s.Session.TimeZone).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            calendar.AddTimeZone(
                VTimeZoneBuilder.Build(
                    zone.Key,
                    Instant.FromDateTimeOffset(zone.Min(s => s.StartsAt)),
                    Instant.FromDateTimeOffset(zone.Max(s => s.EndsAt))
                )
            );
        }

        var stamp = new CalDateTime(now.UtcDateTime, CalDateTime.UtcTzId);
        foreach (var session in sessions)
        {
            calendar.Events.Add(Event(session, text, stamp));
        }

        return calendar;
    }

    private static CalendarEvent Event(ListedSession session, FeedText text, CalDateTime stamp)
    {
        var entity = session.Session;
        var calledOff = session.IsCalledOff;
        var calendarEvent = new CalendarEvent
        {
            Uid = UidOf(entity.Slug),
            DtStamp = stamp,
            Sequence = SessionSequence.Of(session),
            DtStart = CalendarTime.Of(session.StartsAt, entity.TimeZone),
            DtEnd = CalendarTime.Of(session.EndsAt, entity.TimeZone),
            Summary = HostileText.Clean(text.Title(session)),
            Description = HostileText.Clean(SessionDescription.Of(session, text)),
            Location = text.Online,
            Status = calledOff ? EventStatus.Cancelled : EventStatus.Confirmed,
            // A session that will not take place no longer makes the subscriber look busy.
            Transparency = calledOff ? TransparencyType.Transparent : TransparencyType.Opaque,
            Class = "PUBLIC",
        };
        if (HostileText.WebAddress(entity.RegistrationUrl) is { } url)
        {
            calendarEvent.Url = url;
        }

        foreach (var topic in session.Topics)
        {
            calendarEvent.Categories.Add(HostileText.Clean(topic));
        }

        return calendarEvent;
    }

    private static string Serialize(Calendar calendar) => new CalendarSerializer().SerializeToString(calendar) ?? "";
}
