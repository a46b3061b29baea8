using WellnessConnection.Formatting;

namespace WellnessConnection.Tests.Formatting;

public sealed class ZoneAbbreviationTests
{
    private static readonly DateTimeOffset SleepPartOne = new(2023, 12, 6, 0, 0, 0, TimeSpan.Zero);

    // 19:00 Eastern daylight time on Tuesday, July 9, 2024.
    private static readonly DateTimeOffset JulySession = new(2024, 7, 9, 23, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Saskatchewan_is_CST_in_December()
    {
        Assert.Equal(
            "Tues., Dec. 5, 2023, 6 PM CST",
            SessionTimeFormatter.Format(SleepPartOne, "America/Regina", "en")
        );
        Assert.Equal("mar. 5 déc. 2023, 18 h HNC", SessionTimeFormatter.Format(SleepPartOne, "America/Regina", "fr"));
    }

    [Fact]
    public void Saskatchewan_stays_CST_in_July_an_hour_behind_Central_time()
    {
        Assert.Equal("Tues., July 9, 2024, 5 PM CST", SessionTimeFormatter.Format(JulySession, "America/Regina", "en"));
        Assert.Equal("mar. 9 juill. 2024, 17 h HNC", SessionTimeFormatter.Format(JulySession, "America/Regina", "fr"));
        Assert.Equal("CST", SessionTimeFormatter.ZoneAbbreviation(JulySession, "America/Swift_Current", "en"));
    }

    [Fact]
    public void Winnipeg_is_CT_in_July()
    {
        Assert.Equal(
            "Tues., July 9, 2024, 6 PM CT",
            SessionTimeFormatter.Format(JulySession, "America/Winnipeg", "en")
        );
        Assert.Equal("mar. 9 juill. 2024, 18 h HC", SessionTimeFormatter.Format(JulySession, "America/Winnipeg", "fr"));
    }

    [Fact]
    public void Yukon_is_MST_all_year()
    {
        Assert.Equal(
            "Tues., Dec. 5, 2023, 5 PM MST",
            SessionTimeFormatter.Format(SleepPartOne, "America/Whitehorse", "en")
        );
        Assert.Equal(
            "Tues., July 9, 2024, 4 PM MST",
            SessionTimeFormatter.Format(JulySession, "America/Whitehorse", "en")
        );
        Assert.Equal("mar. 9 juill. 2024, 16 h HNR", SessionTimeFormatter.Format(JulySession, "America/Dawson", "fr"));
    }

    [Fact]
    public void Yukon_was_Pacific_time_before_it_kept_standard_time_in_2020()
    {
        var july2019 = new DateTimeOffset(2019, 7, 9, 23, 0, 0, TimeSpan.Zero);

        Assert.Equal("Tues., July 9, 2019, 4 PM PT", SessionTimeFormatter.Format(july2019, "America/Whitehorse", "en"));
    }

    [Theory]
    [InlineData("America/Fort_Nelson", "MST", "HNR")]
    [InlineData("America/Dawson_Creek", "MST", "HNR")]
    [InlineData("America/Creston", "MST", "HNR")]
    [InlineData("America/Atikokan", "EST", "HNE")]
    [InlineData("America/Coral_Harbour", "EST", "HNE")]
    [InlineData("America/Blanc-Sablon", "AST", "HNA")]
    [InlineData("America/Regina", "CST", "HNC")]
    public void Zones_that_keep_standard_time_all_year_use_the_standard_abbreviation_in_summer_and_winter(
        string zone,
        string english,
        string french
    )
    {
        Assert.Equal(english, SessionTimeFormatter.ZoneAbbreviation(JulySession, zone, "en"));
        Assert.Equal(english, SessionTimeFormatter.ZoneAbbreviation(SleepPartOne, zone, "en"));
        Assert.Equal(french, SessionTimeFormatter.ZoneAbbreviation(JulySession, zone, "fr"));
        Assert.Equal(french, SessionTimeFormatter.ZoneAbbreviation(SleepPartOne, zone, "fr"));
    }

    [Theory]
    [InlineData("America/St_Johns", "NT", "HT")]
    [InlineData("America/Goose_Bay", "AT", "HA")]
    [InlineData("America/Moncton", "AT", "HA")]
    [InlineData("America/Toronto", "ET", "HE")]
    [InlineData("America/Iqaluit", "ET", "HE")]
    [InlineData("America/Rankin_Inlet", "CT", "HC")]
    [InlineData("America/Edmonton", "MT", "HR")]
    [InlineData("America/Vancouver", "PT", "HP")]
    public void Zones_that_change_clocks_use_the_generic_abbreviation_in_summer_and_winter(
        string zone,
        string english,
        string french
    )
    {
        Assert.Equal(english, SessionTimeFormatter.ZoneAbbreviation(JulySession, zone, "en"));
        Assert.Equal(english, SessionTimeFormatter.ZoneAbbreviation(SleepPartOne, zone, "en"));
        Assert.Equal(french, SessionTimeFormatter.ZoneAbbreviation(JulySession, zone, "fr"));
        Assert.Equal(french, SessionTimeFormatter.ZoneAbbreviation(SleepPartOne, zone, "fr"));
    }
}
