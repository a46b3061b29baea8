using WellnessConnection.Formatting;

namespace WellnessConnection.Tests.Formatting;

public sealed class SessionTimeFormatterTests
{
    // The seed session, Sleep (part I): 2023-12-05 at 19:00 in America/Toronto.
    private static readonly DateTimeOffset SleepPartOne = new(2023, 12, 6, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("America/Toronto", "Tues., Dec. 5, 2023, 7 PM ET")]
    [InlineData("America/Vancouver", "Tues., Dec. 5, 2023, 4 PM PT")]
    [InlineData("America/Edmonton", "Tues., Dec. 5, 2023, 5 PM MT")]
    [InlineData("America/Winnipeg", "Tues., Dec. 5, 2023, 6 PM CT")]
    [InlineData("America/Halifax", "Tues., Dec. 5, 2023, 8 PM AT")]
    [InlineData("America/St_Johns", "Tues., Dec. 5, 2023, 8:30 PM NT")]
    public void The_seed_session_is_shown_in_Canadian_Press_style_in_each_region(string zone, string expected)
    {
        Assert.Equal(expected, SessionTimeFormatter.Format(SleepPartOne, zone, "en"));
    }

    [Theory]
    [InlineData("America/Toronto", "mar. 5 déc. 2023, 19 h HE")]
    [InlineData("America/Vancouver", "mar. 5 déc. 2023, 16 h HP")]
    [InlineData("America/Edmonton", "mar. 5 déc. 2023, 17 h HR")]
    [InlineData("America/Winnipeg", "mar. 5 déc. 2023, 18 h HC")]
    [InlineData("America/Halifax", "mar. 5 déc. 2023, 20 h HA")]
    [InlineData("America/St_Johns", "mar. 5 déc. 2023, 20 h 30 HT")]
    public void The_seed_session_is_shown_in_OQLF_style_in_each_region(string zone, string expected)
    {
        Assert.Equal(expected, SessionTimeFormatter.Format(SleepPartOne, zone, "fr"));
    }

    [Fact]
    public void A_late_evening_session_falls_on_the_next_day_in_Newfoundland()
    {
        var elevenPmEastern = new DateTimeOffset(2023, 12, 6, 4, 0, 0, TimeSpan.Zero);

        Assert.Equal(
            "Tues., Dec. 5, 2023, 11 PM ET",
            SessionTimeFormatter.Format(elevenPmEastern, "America/Toronto", "en")
        );
        Assert.Equal(
            "Wed., Dec. 6, 2023, 12:30 AM NT",
            SessionTimeFormatter.Format(elevenPmEastern, "America/St_Johns", "en")
        );
        Assert.Equal(
            "mer. 6 déc. 2023, 0 h 30 HT",
            SessionTimeFormatter.Format(elevenPmEastern, "America/St_Johns", "fr")
        );
    }

    [Fact]
    public void Noon_and_midnight_are_words_in_English_and_hours_in_French()
    {
        var noon = new DateTimeOffset(2023, 12, 5, 17, 0, 0, TimeSpan.Zero);
        var midnight = new DateTimeOffset(2023, 12, 6, 5, 0, 0, TimeSpan.Zero);

        Assert.Equal("Tues., Dec. 5, 2023, noon ET", SessionTimeFormatter.Format(noon, "America/Toronto", "en"));
        Assert.Equal("mar. 5 déc. 2023, 12 h HE", SessionTimeFormatter.Format(noon, "America/Toronto", "fr"));
        Assert.Equal("Wed., Dec. 6, 2023, midnight ET", SessionTimeFormatter.Format(midnight, "America/Toronto", "en"));
        Assert.Equal("mer. 6 déc. 2023, 0 h HE", SessionTimeFormatter.Format(midnight, "America/Toronto", "fr"));
    }

    [Fact]
    public void Minutes_past_noon_and_midnight_use_twelve_with_AM_or_PM()
    {
        var afterNoon = new DateTimeOffset(2023, 12, 5, 17, 30, 0, TimeSpan.Zero);
        var afterMidnight = new DateTimeOffset(2023, 12, 6, 5, 15, 0, TimeSpan.Zero);

        Assert.Equal(
            "Tues., Dec. 5, 2023, 12:30 PM ET",
            SessionTimeFormatter.Format(afterNoon, "America/Toronto", "en")
        );
        Assert.Equal(
            "Wed., Dec. 6, 2023, 12:15 AM ET",
            SessionTimeFormatter.Format(afterMidnight, "America/Toronto", "en")
        );
        Assert.Equal(
            "mer. 6 déc. 2023, 0 h 15 HE",
            SessionTimeFormatter.Format(afterMidnight, "America/Toronto", "fr")
        );
    }

    [Theory]
    [InlineData(19, 30, "Tues., Dec. 5, 2023, 7:30 PM ET", "mar. 5 déc. 2023, 19 h 30 HE")]
    [InlineData(9, 0, "Tues., Dec. 5, 2023, 9 AM ET", "mar. 5 déc. 2023, 9 h HE")]
    [InlineData(9, 5, "Tues., Dec. 5, 2023, 9:05 AM ET", "mar. 5 déc. 2023, 9 h 05 HE")]
    public void Minutes_are_shown_only_when_the_session_is_not_on_the_hour(
        int hour,
        int minute,
        string english,
        string french
    )
    {
        var startsAt = new DateTimeOffset(2023, 12, 5, hour, minute, 0, TimeSpan.FromHours(-5));

        Assert.Equal(english, SessionTimeFormatter.Format(startsAt, "America/Toronto", "en"));
        Assert.Equal(french, SessionTimeFormatter.Format(startsAt, "America/Toronto", "fr"));
    }

    [Fact]
    public void The_first_of_the_month_is_an_ordinal_in_French()
    {
        var startsAt = new DateTimeOffset(2023, 12, 1, 19, 0, 0, TimeSpan.FromHours(-5));

        Assert.Equal("Fri., Dec. 1, 2023, 7 PM ET", SessionTimeFormatter.Format(startsAt, "America/Toronto", "en"));
        Assert.Equal("ven. 1er déc. 2023, 19 h HE", SessionTimeFormatter.Format(startsAt, "America/Toronto", "fr"));
    }

    [Fact]
    public void The_offset_of_the_input_does_not_change_the_instant_shown()
    {
        var sameInstantInVancouverOffset = new DateTimeOffset(2023, 12, 5, 16, 0, 0, TimeSpan.FromHours(-8));

        Assert.Equal(
            "Tues., Dec. 5, 2023, 7 PM ET",
            SessionTimeFormatter.Format(sameInstantInVancouverOffset, "America/Toronto", "en")
        );
    }
}
