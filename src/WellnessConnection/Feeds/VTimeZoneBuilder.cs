using System.Globalization;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using NodaTime;
using Duration = NodaTime.Duration;

namespace WellnessConnection.Feeds;

/// <summary>
/// Writes the <c>VTIMEZONE</c> of a zone from tzdb (NodaTime), covering the instants the calendar's events use.
/// </summary>
/// <remarks>
/// Ical.Net's own <c>VTimeZone.FromDateTimeZone</c> reads the machine's clock, so its output would differ from run to
/// run and machine to machine; this one depends only on the zone and the range. Each kind of transition (e.g. "EST
/// to EDT") becomes one observance with a yearly <c>RRULE</c>, which every client understands, when one rule gives
/// every such transition of the range, and an explicit <c>RDATE</c> list otherwise. A rule always ends (<c>UNTIL</c>)
/// at its last transition in tzdb's range: a law can end a rule (British Columbia's clocks stopped changing on
/// 2026-11-01), and an endless rule would go on changing a reader's clocks after that, beside the next observance.
/// </remarks>
public static class VTimeZoneBuilder
{
    public static VTimeZone Build(string zoneId, Instant from, Instant to)
    {
        var zone = DateTimeZoneProviders.Tzdb[zoneId];
        // A year of margin on each side: each observance starts before the events that use it, and a zone with daylight
        // saving time shows each kind of transition at least twice, enough to state it as a yearly rule.
        var start = from - Duration.FromDays(366);
        var end = to + Duration.FromDays(366);
        var timeZone = new VTimeZone { TzId = zoneId };

        var transitions = Transitions(zone, start, end);
        if (transitions.Count == 0)
        {
            var interval = zone.GetZoneInterval(from);
            timeZone.AddChild(
                Observance(
                    interval.Savings != Offset.Zero,
                    interval.WallOffset,
                    interval.WallOffset,
                    interval.Name,
                    new LocalDateTime(1970, 1, 1, 0, 0)
                )
            );
            return timeZone;
        }

        foreach (var kind in transitions.GroupBy(t => (t.Daylight, t.From, t.To, t.Name)))
        {
            var group = kind.ToList();
            var observance = Observance(
                kind.Key.Daylight,
                kind.Key.From,
                kind.Key.To,
                kind.Key.Name,
                group[0].LocalStart
            );
            if (YearlyRule(group) is { } rule)
            {
                observance.RecurrenceRule = new RecurrenceRule(rule);
            }
            else
            {
                foreach (var transition in group.Skip(1))
                {
                    observance.RecurrenceDates.Add(
                        new CalDateTime(transition.LocalStart.ToDateTimeUnspecified(), true)
                    );
                }
            }

            timeZone.AddChild(observance);
        }

        return timeZone;
    }

    private static List<Transition> Transitions(DateTimeZone zone, Instant start, Instant end)
    {
        var transitions = new List<Transition>();
        foreach (var interval in zone.GetZoneIntervals(start, end))
        {
            if (!interval.HasStart || interval.Start <= start)
            {
                continue;
            }

            var before = zone.GetZoneInterval(interval.Start - Duration.Epsilon);
            // DTSTART of an observance is the local time of the onset in the offset in force before it (RFC 5545,
            // 3.6.5).
            var localStart = interval.Start.WithOffset(before.WallOffset).LocalDateTime;
            transitions.Add(
                new Transition(
                    interval.Savings != Offset.Zero,
                    before.WallOffset,
                    interval.WallOffset,
                    interval.Name,
                    localStart
                )
            );
        }

        // The interval in force at the start of the range: its own onset anchors the first observance.
        var first = zone.GetZoneInterval(start);
        if (first.HasStart)
        {
            var before = zone.GetZoneInterval(first.Start - Duration.Epsilon);
            transitions.Insert(
                0,
                new Transition(
                    first.Savings != Offset.Zero,
                    before.WallOffset,
                    first.WallOffset,
                    first.Name,
                    first.Start.WithOffset(before.WallOffset).LocalDateTime
                )
            );
        }

        return transitions;
    }

    /// <summary>"FREQ=YEARLY;BYMONTH=3;BYDAY=2SU;UNTIL=…" when that rule gives exactly the transitions, one a year,
    /// else null.</summary>
    private static string? YearlyRule(List<Transition> transitions)
    {
        if (transitions.Count < 2)
        {
            return null;
        }

        var first = transitions[0].LocalStart;
        var week = WeekOfMonth(first.Date);
        for (var i = 0; i < transitions.Count; i++)
        {
            var local = transitions[i].LocalStart;
            if (
                local.Year != first.Year + i
                || local.Month != first.Month
                || local.DayOfWeek != first.DayOfWeek
                || local.TimeOfDay != first.TimeOfDay
                || WeekOfMonth(local.Date) != week
            )
            {
                return null;
            }
        }

        // UNTIL is in UTC (RFC 5545, 3.3.10, with a DTSTART in local time it must still be UTC for VTIMEZONE rules).
        var last = transitions[^1];
        var until = last
            .LocalStart.WithOffset(last.From)
            .ToInstant()
            .ToString("uuuuMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        return $"FREQ=YEARLY;BYMONTH={first.Month};BYDAY={week}{DayCode(first.DayOfWeek)};UNTIL={until}";
    }

    /// <summary>1 to 4 for the first to fourth such weekday of the month, -1 for the last.</summary>
    private static int WeekOfMonth(LocalDate date) =>
        date.Day + 7 > date.Calendar.GetDaysInMonth(date.Year, date.Month) ? -1 : ((date.Day - 1) / 7) + 1;

    private static string DayCode(IsoDayOfWeek day) => day.ToString()[..2].ToUpperInvariant();

    private static VTimeZoneInfo Observance(bool daylight, Offset from, Offset to, string name, LocalDateTime start) =>
        new(daylight ? Components.Daylight : Components.Standard)
        {
            OffsetFrom = new UtcOffset(from.ToTimeSpan()),
            OffsetTo = new UtcOffset(to.ToTimeSpan()),
            TimeZoneName = name,
            DtStart = new CalDateTime(start.ToDateTimeUnspecified(), true),
        };

    private sealed record Transition(bool Daylight, Offset From, Offset To, string Name, LocalDateTime LocalStart);
}
