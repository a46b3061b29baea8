using System.Globalization;
using NodaTime;

namespace WellnessConnection.Formatting;

/// <summary>Office québécois de la langue française style: <c>mar. 5 déc. 2023, 19 h 30</c>.</summary>
internal static class OqlfStyle
{
    // Spelled out rather than taken from fr-CA culture data, whose abbreviations differ between .NET/ICU versions.
    private static readonly string[] Weekdays = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."];

    private static readonly string[] Months =
    [
        "janv.",
        "févr.",
        "mars",
        "avr.",
        "mai",
        "juin",
        "juill.",
        "août",
        "sept.",
        "oct.",
        "nov.",
        "déc.",
    ];

    public static string DateAndTime(LocalDateTime local)
    {
        var weekday = Weekdays[(int)local.DayOfWeek - 1];
        var month = Months[local.Month - 1];
        // French writes the first of the month as an ordinal: « 1er déc. ».
        var day = local.Day == 1 ? "1er" : local.Day.ToString(CultureInfo.InvariantCulture);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{weekday} {day} {month} {local.Year}, {Time(local.TimeOfDay)}"
        );
    }

    private static string Time(LocalTime time) =>
        time.Minute == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{time.Hour} h")
            : string.Create(CultureInfo.InvariantCulture, $"{time.Hour} h {time.Minute:00}");
}
