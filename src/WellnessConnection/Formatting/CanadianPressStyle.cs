using System.Globalization;
using NodaTime;

namespace WellnessConnection.Formatting;

/// <summary>Canadian Press style, as the program's English announcements use: <c>Tues., Dec. 5, 2023, 7:30
/// PM</c>.</summary>
internal static class CanadianPressStyle
{
    // CP abbreviates only some names, and with its own forms (Tues., Thurs., Sept.), so .NET's culture data will not
    // do.
    private static readonly string[] Weekdays = ["Mon.", "Tues.", "Wed.", "Thurs.", "Fri.", "Sat.", "Sun."];

    private static readonly string[] Months =
    [
        "Jan.",
        "Feb.",
        "March",
        "April",
        "May",
        "June",
        "July",
        "Aug.",
        "Sept.",
        "Oct.",
        "Nov.",
        "Dec.",
    ];

    public static string DateAndTime(LocalDateTime local)
    {
        var weekday = Weekdays[(int)local.DayOfWeek - 1];
        var month = Months[local.Month - 1];
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{weekday}, {month} {local.Day}, {local.Year}, {Time(local.TimeOfDay)}"
        );
    }

    private static string Time(LocalTime time)
    {
        if (time.Minute == 0 && time.Hour is 0 or 12)
        {
            return time.Hour == 0 ? "midnight" : "noon";
        }

        var hour = time.ClockHourOfHalfDay;
        var meridiem = time.Hour < 12 ? "AM" : "PM";
        return time.Minute == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{hour} {meridiem}")
            : string.Create(CultureInfo.InvariantCulture, $"{hour}:{time.Minute:00} {meridiem}");
    }
}
