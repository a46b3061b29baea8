using NodaTime.TimeZones;
using WellnessConnection.Formatting;

namespace WellnessConnection.Tests.Formatting;

public sealed class CanadianZoneTests
{
    private static readonly DateTimeOffset SleepPartOne = new(2023, 12, 6, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Every_Canadian_zone_in_tzdb_is_supported()
    {
        var canadian = TzdbDateTimeZoneSource
            .Default.ZoneLocations!.Where(l => l.CountryCode == "CA")
            .Select(l => l.ZoneId);

        Assert.All(canadian, zone => Assert.Contains(zone, SessionTimeFormatter.CanadianZones));
    }

    [Theory]
    [InlineData("America/Montreal")]
    [InlineData("America/Thunder_Bay")]
    [InlineData("America/Yellowknife")]
    [InlineData("America/Pangnirtung")]
    [InlineData("Canada/Eastern")]
    [InlineData("Canada/Saskatchewan")]
    [InlineData("America/Coral_Harbour")]
    public void Older_names_of_Canadian_zones_are_supported(string zone)
    {
        Assert.True(SessionTimeFormatter.IsSupportedZone(zone));
    }

    [Theory]
    [InlineData("America/Nassau")]
    [InlineData("America/Panama")]
    [InlineData("America/Cayman")]
    [InlineData("America/Puerto_Rico")]
    [InlineData("America/Virgin")]
    [InlineData("America/Phoenix")]
    [InlineData("US/Arizona")]
    [InlineData("EST")]
    [InlineData("MST")]
    [InlineData("Europe/Paris")]
    [InlineData("america/toronto")]
    public void Foreign_zones_that_share_data_with_a_Canadian_zone_are_not_supported(string zone)
    {
        Assert.False(SessionTimeFormatter.IsSupportedZone(zone));
    }

    [Fact]
    public void The_zone_list_is_sorted_without_duplicates()
    {
        var zones = SessionTimeFormatter.CanadianZones;

        Assert.Equal(zones.Order(StringComparer.Ordinal), zones);
        Assert.Equal(zones.Count, zones.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Every_supported_zone_has_a_regional_abbreviation_in_both_languages()
    {
        Assert.All(SessionTimeFormatter.CanadianZones, zone =>
        {
            Assert.DoesNotContain(
                "UTC",
                SessionTimeFormatter.Format(SleepPartOne, zone, "en"),
                StringComparison.Ordinal
            );
            Assert.DoesNotContain(
                "UTC",
                SessionTimeFormatter.Format(SleepPartOne, zone, "fr"),
                StringComparison.Ordinal
            );
        });
    }

    [Fact]
    public void A_non_Canadian_zone_is_refused_with_examples()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            SessionTimeFormatter.Format(SleepPartOne, "Europe/Paris", "en")
        );

        Assert.Equal("timeZoneId", error.ParamName);
        Assert.StartsWith(
            "Time zone \"Europe/Paris\" is not a Canadian time zone; use a Canadian IANA zone such as "
                + "America/St_Johns,",
            error.Message,
            StringComparison.Ordinal
        );
        Assert.Contains("America/Toronto", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_zone_is_refused_with_examples()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            SessionTimeFormatter.ZoneAbbreviation(SleepPartOne, "America/Torronto", "en")
        );

        Assert.StartsWith(
            "Time zone \"America/Torronto\" is not an IANA time zone; use a Canadian IANA zone such as",
            error.Message,
            StringComparison.Ordinal
        );
        Assert.Contains("America/Vancouver", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("de")]
    [InlineData("EN")]
    [InlineData("fr-CA")]
    [InlineData("")]
    public void A_language_other_than_en_or_fr_is_refused(string language)
    {
        var error = Assert.Throws<ArgumentException>(() =>
            SessionTimeFormatter.Format(SleepPartOne, "America/Toronto", language)
        );

        Assert.Equal("language", error.ParamName);
        Assert.StartsWith(
            $"Language \"{language}\" is not supported; use \"en\" or \"fr\".",
            error.Message,
            StringComparison.Ordinal
        );
    }
}
