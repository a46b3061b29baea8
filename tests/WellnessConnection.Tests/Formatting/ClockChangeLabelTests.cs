using WellnessConnection.Formatting;

namespace WellnessConnection.Tests.Formatting;

/// <summary>
/// Labels follow the place through 2026-11-01, when British Columbia, Alberta and Manitoba stopped changing clocks at
/// their summer offset: tzdb then calls their time MST, CST and EST, a reader there still says Pacific, Mountain and
/// Central time.
/// </summary>
public sealed class ClockChangeLabelTests
{
    // 4 PM in Vancouver in January 2027 (UTC-7 since the law) and in July 2026 (PDT, UTC-7).
    private static readonly DateTimeOffset Winter2027 = new(2027, 1, 12, 23, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Summer2026 = new(2026, 7, 14, 23, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("America/Vancouver", "Tues., Jan. 12, 2027, 4 PM PT", "mar. 12 janv. 2027, 16 h HP")]
    [InlineData("America/Edmonton", "Tues., Jan. 12, 2027, 5 PM MT", "mar. 12 janv. 2027, 17 h HR")]
    [InlineData("America/Winnipeg", "Tues., Jan. 12, 2027, 6 PM CT", "mar. 12 janv. 2027, 18 h HC")]
    [InlineData("America/Regina", "Tues., Jan. 12, 2027, 5 PM CST", "mar. 12 janv. 2027, 17 h HNC")]
    [InlineData("America/Toronto", "Tues., Jan. 12, 2027, 6 PM ET", "mar. 12 janv. 2027, 18 h HE")]
    [InlineData("America/Halifax", "Tues., Jan. 12, 2027, 7 PM AT", "mar. 12 janv. 2027, 19 h HA")]
    [InlineData("America/St_Johns", "Tues., Jan. 12, 2027, 7:30 PM NT", "mar. 12 janv. 2027, 19 h 30 HT")]
    [InlineData("America/Whitehorse", "Tues., Jan. 12, 2027, 4 PM MST", "mar. 12 janv. 2027, 16 h HNR")]
    public void After_the_2026_changes_each_province_keeps_the_name_of_its_time(
        string zone,
        string english,
        string french
    )
    {
        Assert.Equal(english, SessionTimeFormatter.Format(Winter2027, zone, "en"));
        Assert.Equal(french, SessionTimeFormatter.Format(Winter2027, zone, "fr"));
    }

    [Theory]
    [InlineData("America/Vancouver", "PT", "HP")]
    [InlineData("America/Edmonton", "MT", "HR")]
    [InlineData("America/Winnipeg", "CT", "HC")]
    public void Before_the_change_the_same_names_are_used(string zone, string english, string french)
    {
        Assert.Equal(english, SessionTimeFormatter.ZoneAbbreviation(Summer2026, zone, "en"));
        Assert.Equal(french, SessionTimeFormatter.ZoneAbbreviation(Summer2026, zone, "fr"));
    }
}
