using WellnessConnection.Formatting;

namespace WellnessConnection.Tests.Formatting;

public sealed class CalendarNameTests
{
    // America/Regina keeps UTC-6 all year, so 19:00 UTC is 1 PM there in every month.
    [Theory]
    [InlineData(1, "Mon., Jan. 15, 2024, 1 PM CST", "lun. 15 janv. 2024, 13 h HNC")]
    [InlineData(2, "Thurs., Feb. 15, 2024, 1 PM CST", "jeu. 15 févr. 2024, 13 h HNC")]
    [InlineData(3, "Fri., March 15, 2024, 1 PM CST", "ven. 15 mars 2024, 13 h HNC")]
    [InlineData(4, "Mon., April 15, 2024, 1 PM CST", "lun. 15 avr. 2024, 13 h HNC")]
    [InlineData(5, "Wed., May 15, 2024, 1 PM CST", "mer. 15 mai 2024, 13 h HNC")]
    [InlineData(6, "Sat., June 15, 2024, 1 PM CST", "sam. 15 juin 2024, 13 h HNC")]
    [InlineData(7, "Mon., July 15, 2024, 1 PM CST", "lun. 15 juill. 2024, 13 h HNC")]
    [InlineData(8, "Thurs., Aug. 15, 2024, 1 PM CST", "jeu. 15 août 2024, 13 h HNC")]
    [InlineData(9, "Sun., Sept. 15, 2024, 1 PM CST", "dim. 15 sept. 2024, 13 h HNC")]
    [InlineData(10, "Tues., Oct. 15, 2024, 1 PM CST", "mar. 15 oct. 2024, 13 h HNC")]
    [InlineData(11, "Fri., Nov. 15, 2024, 1 PM CST", "ven. 15 nov. 2024, 13 h HNC")]
    [InlineData(12, "Sun., Dec. 15, 2024, 1 PM CST", "dim. 15 déc. 2024, 13 h HNC")]
    public void Every_month_has_its_house_abbreviation_in_both_languages(int month, string english, string french)
    {
        var startsAt = new DateTimeOffset(2024, month, 15, 19, 0, 0, TimeSpan.Zero);

        Assert.Equal(english, SessionTimeFormatter.Format(startsAt, "America/Regina", "en"));
        Assert.Equal(french, SessionTimeFormatter.Format(startsAt, "America/Regina", "fr"));
    }

    [Theory]
    [InlineData(4, "Mon., Dec. 4, 2023, 7 PM ET", "lun. 4 déc. 2023, 19 h HE")]
    [InlineData(5, "Tues., Dec. 5, 2023, 7 PM ET", "mar. 5 déc. 2023, 19 h HE")]
    [InlineData(6, "Wed., Dec. 6, 2023, 7 PM ET", "mer. 6 déc. 2023, 19 h HE")]
    [InlineData(7, "Thurs., Dec. 7, 2023, 7 PM ET", "jeu. 7 déc. 2023, 19 h HE")]
    [InlineData(8, "Fri., Dec. 8, 2023, 7 PM ET", "ven. 8 déc. 2023, 19 h HE")]
    [InlineData(9, "Sat., Dec. 9, 2023, 7 PM ET", "sam. 9 déc. 2023, 19 h HE")]
    [InlineData(10, "Sun., Dec. 10, 2023, 7 PM ET", "dim. 10 déc. 2023, 19 h HE")]
    public void Every_weekday_has_its_house_abbreviation_in_both_languages(int day, string english, string french)
    {
        var startsAt = new DateTimeOffset(2023, 12, day, 19, 0, 0, TimeSpan.FromHours(-5));

        Assert.Equal(english, SessionTimeFormatter.Format(startsAt, "America/Toronto", "en"));
        Assert.Equal(french, SessionTimeFormatter.Format(startsAt, "America/Toronto", "fr"));
    }
}
