using NodaTime;
using WellnessConnection.Feeds;

namespace WellnessConnection.Tests.Feeds;

/// <summary>
/// A local time that happens twice (the hour clocks fall back) was written with its TZID: RFC 5545 reads the first
/// occurrence, but ical.js and node-ical read the second, an hour late, as tests/calendar found for 196 feeds.
/// Such a time is written in UTC; every other time keeps its zone.
/// </summary>
public sealed class CalendarTimeTests
{
    [Theory]
    [InlineData("America/Halifax", "2024-11-03T01:30:00-03:00", "20241103T043000Z")]
    [InlineData("America/St_Johns", "2024-11-03T01:30:00-02:30", "20241103T040000Z")]
    [InlineData("America/Toronto", "2026-11-01T01:00:00-04:00", "20261101T050000Z")]
    public void A_time_that_happens_twice_is_written_in_utc(string zone, string time, string written)
    {
        var value = CalendarTime.Of(
            DateTimeOffset.Parse(time, System.Globalization.CultureInfo.InvariantCulture),
            zone
        );

        Assert.True(value.IsUtc);
        Assert.Equal(
            written,
            value.Value.ToString("yyyyMMdd'T'HHmmss", System.Globalization.CultureInfo.InvariantCulture) + "Z"
        );
    }

    [Theory]
    [InlineData("America/Halifax", "2024-11-03T00:30:00-03:00")]
    [InlineData("America/Halifax", "2024-11-03T02:00:00-04:00")]
    // Vancouver no longer falls back after 2026: 01:30 on the first Sunday of November happens once.
    [InlineData("America/Vancouver", "2027-11-07T01:30:00-07:00")]
    public void Any_other_time_keeps_its_zone(string zone, string time)
    {
        var inZone = DateTimeOffset.Parse(time, System.Globalization.CultureInfo.InvariantCulture);

        var value = CalendarTime.Of(inZone, zone);

        Assert.Equal((zone, inZone.DateTime), (value.TzId, value.Value));
        Assert.Equal(1, DateTimeZoneProviders.Tzdb[zone].MapLocal(LocalDateTime.FromDateTime(inZone.DateTime)).Count);
    }
}
