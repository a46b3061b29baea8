using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Text;
using WellnessConnection.Content.Diagnostics;

namespace WellnessConnection.Content.Schema;

/// <summary>
/// Dates and wall-clock date-times (<see cref="FieldType.Date"/>, <see cref="FieldType.LocalDateTime"/>): no offset,
/// the zone comes from <c>timeZone</c>.
/// </summary>
public static partial class DateTimeField
{
    private static readonly LocalDateTimePattern MinutePattern = LocalDateTimePattern.CreateWithInvariantCulture(
        "uuuu-MM-dd'T'HH:mm"
    );
    private static readonly LocalDateTimePattern SecondPattern = LocalDateTimePattern.CreateWithInvariantCulture(
        "uuuu-MM-dd'T'HH:mm:ss"
    );

    public static LocalDateTime? LocalDateTime(string text, string key, SourcePosition at, DiagnosticBag diagnostics)
    {
        var parsed = MinutePattern.Parse(text);
        if (!parsed.Success)
        {
            parsed = SecondPattern.Parse(text);
        }

        if (parsed.Success)
        {
            return parsed.Value;
        }

        var hint = OffsetPattern().IsMatch(text)
            ? "remove the time zone offset: write the local wall-clock time and set `timeZone` if it is not the "
                + "site's default"
            : "write year-month-day, a `T`, then the 24-hour time, e.g. `2023-12-05T19:00` for 7 PM";
        diagnostics.Report(
            DiagnosticCodes.InvalidDate,
            at,
            $"\"{text}\" in \"{key}\" is not a valid local date and time; {hint}."
        );
        return null;
    }

    public static LocalDate? Date(string text, string key, SourcePosition at, DiagnosticBag diagnostics)
    {
        var date = LocalDatePattern.Iso.Parse(text);
        if (date.Success)
        {
            return date.Value;
        }

        diagnostics.Report(
            DiagnosticCodes.InvalidDate,
            at,
            $"\"{text}\" in \"{key}\" is not a date; write year-month-day, e.g. `2026-10-01`."
        );
        return null;
    }

    [GeneratedRegex(@"(Z|[+-]\d\d:?\d\d)$")]
    private static partial Regex OffsetPattern();
}
