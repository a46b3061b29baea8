using System.Net;
using Ical.Net;
using WellnessConnection.Tests.GraphQL;

namespace WellnessConnection.Tests.Feeds;

/// <summary><c>/sessions/{slug}.ics</c>: the "add to calendar" file of one session.</summary>
public sealed class SessionCalendarTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task Add_to_calendar_downloads_one_event_with_the_same_uid_as_in_the_feed()
    {
        using var response = await client.GetAsync("/sessions/example-sleep-part-2.ics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("example-sleep-part-2.ics", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var calendar = Calendar.Load(await response.Content.ReadAsStringAsync())!;
        var calendarEvent = Assert.Single(calendar.Events);
        Assert.Equal("example-sleep-part-2@wellness-connection", calendarEvent.Uid);
        Assert.Equal(7_298_040, calendarEvent.Sequence);
        Assert.Equal(new Uri("https://example.org/register/example-sleep-part-2"), calendarEvent.Url);
        Assert.Equal(["America/Toronto"], calendar.TimeZones.Select(z => z.TzId));
        // Not a subscription: importing it must not create a calendar of its own.
        Assert.Null(calendar.Properties["X-WR-CALNAME"]);
    }

    [Fact]
    public async Task A_past_session_can_still_be_added()
    {
        var calendar = await client.CalendarAsync("/sessions/sleep-part-1.ics");

        var calendarEvent = Assert.Single(calendar.Events);
        Assert.Equal(new DateTime(2023, 12, 5, 19, 0, 0), calendarEvent.DtStart!.Value);
        Assert.Equal("Sleep (part I) — navigating disruptions, exploring solutions", calendarEvent.Summary);
    }

    [Fact]
    public async Task The_French_file_uses_the_translation()
    {
        var calendar = await client.CalendarAsync("/sessions/mindful-digital-detox.ics?lang=fr");

        var calendarEvent = Assert.Single(calendar.Events);
        Assert.Equal("Désintoxication numérique en pleine conscience", calendarEvent.Summary);
        Assert.StartsWith("Dans un monde rempli d’écrans", calendarEvent.Description, StringComparison.Ordinal);
        Assert.Contains("Quand\u00A0: jeu. 21 déc. 2023, 19 h HE", calendarEvent.Description, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("example-leadership-draft")]
    [InlineData("no-such-session")]
    public async Task Drafts_and_unknown_slugs_are_not_found(string slug)
    {
        using var response = await client.GetAsync($"/sessions/{slug}.ics");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_file_of_a_cancelled_session_is_snapshotted_for_review()
    {
        using var response = await client.GetAsync("/sessions/example-burnout-check-in.ics?lang=fr");

        TextSnapshot.Match(await response.Content.ReadAsStringAsync());
    }
}
