namespace WellnessConnection.Benchmarks.Corpus;

/// <summary>
/// When sessions take place: spread evenly over <see cref="Years"/> years from <see cref="FirstDay"/> (so about a third
/// are still ahead in late 2026), mostly at 19:00 Toronto time, some in other Canadian zones at the same evening hour.
/// No time falls between midnight and 04:00, so none is skipped or repeated by a daylight-saving change.
/// </summary>
public static class SessionSchedule
{
    public static readonly DateOnly FirstDay = new(2023, 1, 2);

    public const int Years = 6;

    private static readonly (int Weight, string? Zone, TimeOnly Time)[] Slots =
    [
        (66, null, new TimeOnly(19, 0)),
        (6, null, new TimeOnly(18, 30)),
        (6, "America/Toronto", new TimeOnly(12, 0)),
        (8, "America/Vancouver", new TimeOnly(16, 0)),
        (4, "America/Edmonton", new TimeOnly(17, 0)),
        (3, "America/Winnipeg", new TimeOnly(18, 0)),
        (2, "America/Regina", new TimeOnly(18, 0)),
        (3, "America/Halifax", new TimeOnly(20, 0)),
        (2, "America/St_Johns", new TimeOnly(20, 30)),
    ];

    private static readonly int TotalWeight = Slots.Sum(s => s.Weight);

    public static int Days => FirstDay.AddYears(Years).DayNumber - FirstDay.DayNumber;

    /// <summary>About how many sessions fall in one week: the step between the parts of a series.</summary>
    public static int PerWeek(int sessions) => Math.Max(1, (int)Math.Round(sessions * 7.0 / Days));

    public static SessionPlan Plan(int index, int sessions, SeededRandom random)
    {
        var day = FirstDay.AddDays((int)((long)index * Days / sessions));
        var roll = random.Next(TotalWeight);
        var slot = Slots[0];
        foreach (var candidate in Slots)
        {
            if (roll < candidate.Weight)
            {
                slot = candidate;
                break;
            }

            roll -= candidate.Weight;
        }

        var duration = random.Next(20) switch
        {
            0 or 1 => 90,
            2 => 45,
            3 => 75,
            _ => (int?)null,
        };
        return new SessionPlan
        {
            Index = index,
            Date = day,
            Time = slot.Time,
            TimeZone = slot.Zone,
            DurationMinutes = duration,
        };
    }
}
