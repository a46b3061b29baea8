using System.Collections.Concurrent;
using NodaTime;

namespace WellnessConnection.Formatting;

/// <summary>
/// Shows a session's start in a Canadian time zone the way the program publishes it:
/// Canadian Press style in English (<c>Tues., Dec. 5, 2023, 7 PM ET</c>) and OQLF style in
/// French (<c>mar. 5 déc. 2023, 19 h HE</c>).
/// </summary>
public static class SessionTimeFormatter
{
    /// <summary>The zone the program publishes its times in (Eastern time).</summary>
    public const string EasternZone = "America/Toronto";

    private const int MaxFormatted = 100_000;

    // A listing shows the same few hundred start times over and over: each is written once per zone and language.
    private static readonly ConcurrentDictionary<(long UtcTicks, string Zone, string Language), string> Formatted =
        new();

    /// <summary>The IANA zones accepted: tzdb's zones for Canada and their Canadian alias names.</summary>
    public static IReadOnlyList<string> CanadianZones => CanadianTimeZones.Ids;

    public static bool IsSupportedZone(string timeZoneId) => CanadianTimeZones.Contains(timeZoneId);

    /// <summary>The start as its local date and time in <paramref name="timeZoneId"/>, followed by the zone's
    /// abbreviation.</summary>
    /// <exception cref="ArgumentException">The zone is not Canadian, or the language is not <c>en</c> or
    /// <c>fr</c>.</exception>
    public static string Format(DateTimeOffset startsAt, string timeZoneId, string language)
    {
        var key = (startsAt.UtcTicks, timeZoneId, language);
        if (Formatted.TryGetValue(key, out var known))
        {
            return known;
        }

        var text = FormatUncached(startsAt, timeZoneId, language);
        // Bounded: session start times, Canadian zones, two languages; emptied in the unlikely case it fills.
        if (Formatted.Count >= MaxFormatted)
        {
            Formatted.Clear();
        }

        Formatted[key] = text;
        return text;
    }

    private static string FormatUncached(DateTimeOffset startsAt, string timeZoneId, string language)
    {
        var displayLanguage = ParseLanguage(language);
        var local = ToZoned(startsAt, timeZoneId);
        var dateAndTime =
            displayLanguage == DisplayLanguage.French
                ? OqlfStyle.DateAndTime(local.LocalDateTime)
                : CanadianPressStyle.DateAndTime(local.LocalDateTime);
        return $"{dateAndTime} {ZoneAbbreviations.For(local, displayLanguage)}";
    }

    /// <summary>The abbreviation in use at <paramref name="at"/>: generic (ET, HE) where the zone changes clocks that
    /// year, standard (CST, HNC) where it does not.</summary>
    /// <exception cref="ArgumentException">The zone is not Canadian, or the language is not <c>en</c> or
    /// <c>fr</c>.</exception>
    public static string ZoneAbbreviation(DateTimeOffset at, string timeZoneId, string language)
    {
        var displayLanguage = ParseLanguage(language);
        return ZoneAbbreviations.For(ToZoned(at, timeZoneId), displayLanguage);
    }

    private static ZonedDateTime ToZoned(DateTimeOffset instant, string timeZoneId) =>
        Instant.FromDateTimeOffset(instant).InZone(CanadianTimeZones.Get(timeZoneId, nameof(timeZoneId)));

    private static DisplayLanguage ParseLanguage(string language) =>
        language switch
        {
            "en" => DisplayLanguage.English,
            "fr" => DisplayLanguage.French,
            _ => throw new ArgumentException(
                $"Language \"{language}\" is not supported; use \"en\" or \"fr\".",
                nameof(language)
            ),
        };
}
