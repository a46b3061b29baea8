using System.Collections.Concurrent;
using NodaTime;
using NodaTime.Text;
using NodaTime.TimeZones;

namespace WellnessConnection.Formatting;

/// <summary>
/// Names a zone by its standard offset. A zone that changes clocks gets the generic name
/// (ET, HE), right in summer and winter alike; one that keeps standard time all year gets the
/// standard name (CST, HNC), because in summer the generic CT would mean UTC-5, not Regina's UTC-6.
/// </summary>
internal static class ZoneAbbreviations
{
    private sealed record Region(
        Offset StandardOffset,
        string English,
        string French,
        string EnglishStandard,
        string FrenchStandard
    );

    private static readonly Region[] Regions =
    [
        new(Offset.FromHoursAndMinutes(-3, -30), "NT", "HT", "NST", "HNT"),
        new(Offset.FromHours(-4), "AT", "HA", "AST", "HNA"),
        new(Offset.FromHours(-5), "ET", "HE", "EST", "HNE"),
        new(Offset.FromHours(-6), "CT", "HC", "CST", "HNC"),
        new(Offset.FromHours(-7), "MT", "HR", "MST", "HNR"),
        new(Offset.FromHours(-8), "PT", "HP", "PST", "HNP"),
    ];

    // Places that stopped changing clocks on 2026-11-01 at their summer offset keep the name of their zone: British
    // Columbia's law calls it Pacific Time (https://news.gov.bc.ca/releases/2026AG0013-000209), Albertans and
    // Manitobans still say Mountain and Central time. tzdb gives those years a standard offset one hour later (and the
    // abbreviations MST, CST, EST), which would name them after the next zone east.
    private static readonly Dictionary<string, Offset> KeptSummerTime = new(StringComparer.Ordinal)
    {
        ["America/Vancouver"] = Offset.FromHours(-8),
        ["America/Edmonton"] = Offset.FromHours(-7),
        ["America/Winnipeg"] = Offset.FromHours(-6),
    };

    public static string For(ZonedDateTime at, DisplayLanguage language)
    {
        var interval = at.GetZoneInterval();
        var canonical = TzdbDateTimeZoneSource.Default.CanonicalIdMap.TryGetValue(at.Zone.Id, out var id)
            ? id
            : at.Zone.Id;
        if (KeptSummerTime.TryGetValue(canonical, out var zoneStandard) && interval.StandardOffset != zoneStandard)
        {
            var home = Array.Find(Regions, r => r.StandardOffset == zoneStandard)!;
            return language == DisplayLanguage.French ? home.French : home.English;
        }

        var region = Array.Find(Regions, r => r.StandardOffset == interval.StandardOffset);
        if (region is null)
        {
            // Only historical offsets (local mean time, wartime) land here; the offset itself is the honest label.
            return $"UTC{OffsetPattern.GeneralInvariant.Format(interval.WallOffset)}";
        }

        var keepsStandardTime = !ObservesDaylightTime(at.Zone, at.Year);
        return (language, keepsStandardTime) switch
        {
            (DisplayLanguage.French, true) => region.FrenchStandard,
            (DisplayLanguage.French, false) => region.French,
            (_, true) => region.EnglishStandard,
            (_, false) => region.English,
        };
    }

    // Asked for every time shown; the answer is fixed per zone and year. Bounded: Canadian zones only (the formatter
    // refuses others), and the years sessions are held in.
    private static readonly ConcurrentDictionary<(string ZoneId, int Year), bool> DaylightTimeByYear = new();

    private static bool ObservesDaylightTime(DateTimeZone zone, int year) =>
        DaylightTimeByYear.GetOrAdd((zone.Id, year), key => ComputeObservesDaylightTime(zone, key.Year));

    private static bool ComputeObservesDaylightTime(DateTimeZone zone, int year)
    {
        var start = zone.AtStartOfDay(new LocalDate(year, 1, 1)).ToInstant();
        var end = zone.AtStartOfDay(new LocalDate(year + 1, 1, 1)).ToInstant();
        return zone.GetZoneIntervals(start, end).Any(i => i.Savings != Offset.Zero);
    }
}
