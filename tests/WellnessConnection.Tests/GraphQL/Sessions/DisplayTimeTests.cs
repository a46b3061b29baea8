namespace WellnessConnection.Tests.GraphQL.Sessions;

/// <summary><c>displayTime</c> of sleep-part-1, Tuesday 2023-12-05 at 7 PM Toronto time, and of other sample
/// sessions.</summary>
public sealed class DisplayTimeTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    [Theory]
    [InlineData("displayTime", "Tues., Dec. 5, 2023, 7 PM ET")]
    [InlineData("displayTime(locale: FR)", "mar. 5 déc. 2023, 19 h HE")]
    [InlineData("""displayTime(timeZone: "America/St_Johns")""", "Tues., Dec. 5, 2023, 8:30 PM NT")]
    [InlineData("""displayTime(timeZone: "America/St_Johns", locale: FR)""", "mar. 5 déc. 2023, 20 h 30 HT")]
    [InlineData("""displayTime(timeZone: "America/Vancouver")""", "Tues., Dec. 5, 2023, 4 PM PT")]
    [InlineData("""displayTime(timeZone: "America/Regina")""", "Tues., Dec. 5, 2023, 6 PM CST")]
    public async Task The_start_is_written_in_the_zone_and_language_asked(string field, string expected)
    {
        var data = await factory.CreateClient().DataAsync($"{{ session(slug: \"sleep-part-1\") {{ x: {field} }} }}");

        Assert.Equal(expected, (string?)data["session"]!["x"]);
    }

    [Fact]
    public async Task A_session_asked_in_French_is_written_in_French_even_without_a_translation()
    {
        var data = await factory
            .CreateClient()
            .DataAsync("""{ session(slug: "sleep-part-1", locale: FR) { language displayTime } }""");

        Assert.Equal("EN", (string?)data["session"]!["language"]);
        Assert.Equal("mar. 5 déc. 2023, 19 h HE", (string?)data["session"]!["displayTime"]);
    }

    [Fact]
    public async Task A_session_in_another_zone_is_written_in_its_own_zone_by_default()
    {
        var data = await factory
            .CreateClient()
            .DataAsync(
                """
                { session(slug: "example-mindful-pause-pacific") {
                    timeZone startsAt displayTime eastern: displayTime(timeZone: "America/Toronto") } }
                """
            );

        var session = data["session"]!;
        Assert.Equal("America/Vancouver", (string?)session["timeZone"]);
        Assert.Equal("2027-02-11T16:00:00-07:00", (string?)session["startsAt"]);
        Assert.Equal("Thurs., Feb. 11, 2027, 4 PM PT", (string?)session["displayTime"]);
        Assert.Equal("Thurs., Feb. 11, 2027, 6 PM ET", (string?)session["eastern"]);
    }

    [Theory]
    [InlineData("Europe/Paris")]
    [InlineData("America/New_York")]
    [InlineData("EST")]
    [InlineData("Not/A_Zone")]
    [InlineData("")]
    public async Task A_zone_that_is_not_a_Canadian_IANA_zone_is_BAD_TIME_ZONE(string zone)
    {
        var response = await factory
            .CreateClient()
            .QueryAsync(
                "query($zone: String) { session(slug: \"sleep-part-1\") { displayTime(timeZone: $zone) } }",
                new { zone }
            );

        Assert.Equal(["BAD_TIME_ZONE"], response.ErrorCodes());
    }
}
