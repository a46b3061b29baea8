using Ical.Net.DataTypes;
using NodaTime;

namespace WellnessConnection.Feeds;

/// <summary>
/// A session's start or end as an iCalendar DATE-TIME: the local time with the zone's <c>TZID</c>, so that a
/// calendar shows it in its place, unless that local time happens twice in the zone (the hour clocks fall back).
/// RFC 5545 reads such a time as its first occurrence, but ical.js and node-ical read the second: an hour late.
/// Those few are written in UTC, which every reader reads alike.
/// </summary>
public static class CalendarTime
{
    public static CalDateTime Of(DateTimeOffset inZone, string zoneId)
    {
        var local = LocalDateTime.FromDateTime(inZone.DateTime);
        return DateTimeZoneProviders.Tzdb[zoneId].MapLocal(local).Count > 1
            ? new CalDateTime(inZone.UtcDateTime, CalDateTime.UtcTzId)
            : new CalDateTime(inZone.DateTime, zoneId);
    }
}
