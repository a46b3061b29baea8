using Ical.Net.CalendarComponents;

namespace WellnessConnection.Tests.Feeds;

/// <summary>
/// Reads a <c>VTIMEZONE</c> the way a client without its own time zone data must: the observance with the latest
/// onset at or before a local time gives the offset. Knows the rules the feeds write: yearly by month and
/// n-th weekday, and explicit dates.
/// </summary>
public static class TimeZoneDefinition
{
    public static TimeSpan OffsetAt(VTimeZone zone, DateTime local)
    {
        var onsets = zone.TimeZoneInfos.SelectMany(observance =>
            Onsets(observance, local).Select(onset => (onset, observance.OffsetTo!.Offset))
        );
        return onsets.Where(o => o.onset <= local).MaxBy(o => o.onset).Offset;
    }

    /// <summary>Every onset the definition gives up to <paramref name="until"/>, one per observance
    /// occurrence.</summary>
    public static IEnumerable<DateTime> Onsets(VTimeZone zone, DateTime until) =>
        zone.TimeZoneInfos.SelectMany(o => Onsets(o, until));

    private static IEnumerable<DateTime> Onsets(Ical.Net.VTimeZoneInfo observance, DateTime until)
    {
        var start = observance.DtStart!.Value;
        yield return start;
        foreach (var date in observance.RecurrenceDates.GetAllDates())
        {
            yield return date.Value;
        }

        if (observance.RecurrenceRule is not { } rule)
        {
            yield break;
        }

        Assert.Equal(Ical.Net.FrequencyType.Yearly, rule.Frequency);
        var month = Assert.Single(rule.ByMonth);
        var day = Assert.Single(rule.ByDay);
        // UNTIL (UTC) bounds the rule: an onset after it is not one, whatever the year asked for.
        var last = rule.Until is { } end ? end.Value.Add(observance.OffsetFrom!.Offset) : DateTime.MaxValue;
        for (var year = start.Year + 1; year <= until.Year; year++)
        {
            var onset = NthWeekday(year, month, day.DayOfWeek, day.Offset!.Value).Add(start.TimeOfDay);
            if (onset > last)
            {
                yield break;
            }

            yield return onset;
        }
    }

    private static DateTime NthWeekday(int year, int month, DayOfWeek weekday, int n)
    {
        if (n < 0)
        {
            var last = new DateTime(year, month, DateTime.DaysInMonth(year, month));
            return last.AddDays(-(((int)last.DayOfWeek - (int)weekday + 7) % 7));
        }

        var first = new DateTime(year, month, 1);
        return first.AddDays((((int)weekday - (int)first.DayOfWeek + 7) % 7) + (7 * (n - 1)));
    }
}
