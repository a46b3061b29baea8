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
            [
                "STANDARD AST -0300 -0400 FREQ=YEARLY;UNTIL=20271107T050000Z;BYDAY=1SU;BYMONTH=11",
                "DAYLIGHT ADT -0400 -0300 FREQ=YEARLY;UNTIL=20280312T060000Z;BYDAY=2SU;BYMONTH=3",
            ],
            zone.TimeZoneInfos.Select(Describe)
        );
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
        var first = new Ical.Net.Serialization.CalendarSerializer().SerializeToString(
            VTimeZoneBuilder.Build("America/St_Johns", From, To)
        );
        var second = new Ical.Net.Serialization.CalendarSerializer().SerializeToString(
            VTimeZoneBuilder.Build("America/St_Johns", From, To)
        );

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
            Assert.Equal(
                local.Offset.ToTimeSpan(),
                TimeZoneDefinition.OffsetAt(zone, local.LocalDateTime.ToDateTimeUnspecified())
            );
        }
    }

    [Theory]
    [InlineData("America/Vancouver")]
    [InlineData("America/Whitehorse")]
    [InlineData("America/Edmonton")]
    [InlineData("America/Winnipeg")]
    [InlineData("America/Toronto")]
    [InlineData("America/Halifax")]
    [InlineData("America/St_Johns")]
    [InlineData("America/Regina")]
    public void The_definition_names_each_transition_of_tzdb_once_and_no_rule_outlives_it(string zoneId)
    {
        // Across British Columbia's last change (2026-11-01): its rule of November must end there.
        var (from, to) = (Instant.FromUtc(2025, 6, 1, 0, 0), Instant.FromUtc(2030, 6, 1, 0, 0));
        var zone = VTimeZoneBuilder.Build(zoneId, from, to);
        var tzdb = DateTimeZoneProviders.Tzdb[zoneId];

        Assert.All(zone.TimeZoneInfos, o =>
            Assert.True(o.RecurrenceRule is null || o.RecurrenceRule.Until is not null, $"{o.Name} {o.RecurrenceRule}")
        );
        var onsets = TimeZoneDefinition.Onsets(zone, new DateTime(2031, 12, 31)).ToList();
        Assert.Equal(onsets.Count, onsets.Distinct().Count());
        var expected = tzdb.GetZoneIntervals(from, to)
            .Where(i => i.HasStart && i.Start > from)
            .Select(i =>
                i.Start.WithOffset(tzdb.GetZoneInterval(i.Start - Duration.Epsilon).WallOffset)
                    .LocalDateTime.ToDateTimeUnspecified()
            );
        Assert.Subset(onsets.ToHashSet(), expected.ToHashSet());
        Assert.DoesNotContain(onsets, o => o > to.ToDateTimeUtc().AddDays(400));
        for (var day = from; day < to; day += Duration.FromDays(1))
        {
            var local = day.InZone(tzdb).Date.At(new LocalTime(12, 0)).InZoneLeniently(tzdb);
            Assert.Equal(
                local.Offset.ToTimeSpan(),
                TimeZoneDefinition.OffsetAt(zone, local.LocalDateTime.ToDateTimeUnspecified())
            );
        }
    }

    private static string Describe(Ical.Net.VTimeZoneInfo observance) =>
        $"{observance.Name} {observance.TimeZoneName} {observance.OffsetFrom} {observance.OffsetTo} "
        + $"{observance.RecurrenceRule}";
}
