using NodaTime;

namespace WellnessConnection.Storage.Reading;

/// <summary>Instants stored in UTC, shown with the offset of the session's own time zone.</summary>
public static class SessionInstants
{
    public static DateTimeOffset InZone(DateTime utc, string timeZone) =>
        Instant
            .FromDateTimeUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc))
            .InZone(DateTimeZoneProviders.Tzdb[timeZone])
            .ToDateTimeOffset();
}
