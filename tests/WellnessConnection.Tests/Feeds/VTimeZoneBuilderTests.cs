using NodaTime;
using WellnessConnection.Feeds;

namespace WellnessConnection.Tests.Feeds;

public sealed class VTimeZoneBuilderTests
{
    private static readonly Instant From = Instant.FromUtc(2026, 12, 1, 0, 0);
    private static readonly Instant To = Instant.FromUtc(2027, 6, 1, 0, 0);

    [Fact]
    public void A_zone_with_daylight_saving_time_gets_a_yearly_rule_for_each_change()
    {
        var zone = VTimeZoneBuilder.Build("America/Halifax", From, To);

        Assert.Equal("America/Halifax", zone.TzId);
        Assert.Equal(
            ["STANDARD AST -0300 -0400 FREQ=YEARLY;BYDAY=1SU;BYMONTH=11", "DAYLIGHT ADT -0400 -0300 FREQ=YEARLY;BYDAY=2SU;BYMONTH=3"],
            zone.TimeZoneInfos.Select(Describe));
    }

    [Fact]
    public void A_zone_without_changes_gets_one_standard_observance()
    {
        var zone = VTimeZoneBuilder.Build("America/Regina", From, To);

        var observance = Assert.Single(zone.TimeZoneInfos);
        Assert.Equal("STANDARD", observance.Name);
        Assert.Equal(TimeSpan.FromHours(-6), observance.OffsetTo!.Offset);
        Assert.Null(observance.RecurrenceRule);
    }

    [Fact]
    public void The_same_range_gives_the_same_definition_whatever_the_day()
    {
        var first = new Ical.Net.Serialization.CalendarSerializer().SerializeToString(VTimeZoneBuilder.Build("America/St_Johns", From, To));
        var second = new Ical.Net.Serialization.CalendarSerializer().SerializeToString(VTimeZoneBuilder.Build("America/St_Johns", From, To));

        Assert.Equal(first, second);
        Assert.Contains("TZOFFSETTO:-0330", first, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("America/Toronto")]
    [InlineData("America/Vancouver")]
    [InlineData("America/Whitehorse")]
    [InlineData("America/St_Johns")]
    [InlineData("America/Winnipeg")]
    public void Every_instant_of_the_range_gets_its_tzdb_offset(string zoneId)
    {
        var zone = VTimeZoneBuilder.Build(zoneId, From, To);
        var tzdb = DateTimeZoneProviders.Tzdb[zoneId];

        // Noon on each day of the range, away from the transitions' ambiguous hours.
        for (var day = From; day < To; day += Duration.FromDays(1))
        {
            var local = day.InZone(tzdb).Date.At(new LocalTime(12, 0)).InZoneLeniently(tzdb);
            Assert.Equal(local.Offset.ToTimeSpan(), TimeZoneDefinition.OffsetAt(zone, local.LocalDateTime.ToDateTimeUnspecified()));
        }
    }

    private static string Describe(Ical.Net.VTimeZoneInfo observance) =>
        $"{observance.Name} {observance.TimeZoneName} {observance.OffsetFrom} {observance.OffsetTo} {observance.RecurrenceRule}";
}
