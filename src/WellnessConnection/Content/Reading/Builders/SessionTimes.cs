using NodaTime;
using NodaTime.TimeZones;
using WellnessConnection.Content.Diagnostics;

namespace WellnessConnection.Content.Reading.Builders;

/// <summary>Turns an editor's wall-clock time into an instant, flagging times a daylight-saving change skips or
/// repeats.</summary>
public static class SessionTimes
{
    public static DateTimeOffset Resolve(
        LocalDateTime local,
        DateTimeZone zone,
        string field,
        SourcePosition? at,
        DiagnosticBag diagnostics
    )
    {
        var mapping = zone.MapLocal(local);
        if (at is { } position && mapping.Count == 0)
        {
            var before = mapping.EarlyInterval.WallOffset;
            var after = mapping.LateInterval.WallOffset;
            var jump = mapping.LateInterval.Start;
            diagnostics.Report(
                DiagnosticCodes.SkippedLocalTime,
                position,
                $"\"{field}\" is {local:yyyy-MM-dd'T'HH:mm}, a time that does not exist in {zone.Id}: clocks jump "
                    + $"forward from {jump.WithOffset(before).LocalDateTime:HH:mm} to "
                    + $"{jump.WithOffset(after).LocalDateTime:HH:mm} that day. Choose a time outside that hour."
            );
        }
        else if (at is { } repeated && mapping.Count == 2)
        {
            diagnostics.Report(
                DiagnosticCodes.AmbiguousLocalTime,
                repeated,
                $"\"{field}\" is {local:yyyy-MM-dd'T'HH:mm}, which happens twice in {zone.Id} (clocks fall back "
                    + $"that night); the first one (daylight time) is used. Choose another time to remove the doubt."
            );
        }

        return local.InZone(zone, Resolvers.LenientResolver).ToDateTimeOffset();
    }
}
