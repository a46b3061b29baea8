using System.Net;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using WellnessConnection.Feeds;
using WellnessConnection.Tests.Content;
using WellnessConnection.Tests.GraphQL;

namespace WellnessConnection.Tests.Feeds;

/// <summary>
/// <c>/feeds/sessions.ics</c> over the sample content at 2026-11-27T12:00Z, parsed back with Ical.Net: the upcoming
/// example sessions (Dec. 2026 to Feb. 2027), one of them cancelled; the 2023 sessions are more than a year old.
/// </summary>
public sealed class CalendarFeedTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    internal static readonly string[] Upcoming =
    [
        "example-sleep-part-2",
        "example-peer-support-drop-in",
        "example-stress-in-training",
        "example-burnout-check-in",
        "example-mindful-pause-pacific",
    ];

    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task The_feed_has_one_event_per_published_session_of_the_last_year_and_to_come()
    {
        var calendar = await client.CalendarAsync("/feeds/sessions.ics");

        Assert.Equal(Upcoming.Select(slug => slug + "@wellness-connection"), calendar.Events.Select(e => e.Uid));
        Assert.Equal("2.0", calendar.Version);
        Assert.Equal(SessionCalendarBuilder.ProductId, calendar.ProductId);
        Assert.Equal("PUBLISH", calendar.Method);
    }

    [Fact]
    public async Task The_text_follows_RFC_5545_lines_of_at_most_75_octets_ending_in_CRLF()
    {
        using var response = await client.GetAsync("/feeds/sessions.ics?lang=fr");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        var text = System.Text.Encoding.UTF8.GetString(bytes);
        Assert.EndsWith("END:VCALENDAR\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", text.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.All(text.Split("\r\n"), line => Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(line), 0, 75));
    }

    [Fact]
    public async Task The_feed_tells_subscribers_its_name_and_to_refresh_every_hour()
    {
        var calendar = await client.CalendarAsync("/feeds/sessions.ics");

        Assert.Equal("Wellness Connection sessions", calendar.Properties.Get<string>("X-WR-CALNAME"));
        Assert.Equal("Wellness Connection sessions", calendar.Properties.Get<string>("NAME"));
        Assert.Equal("PT1H", calendar.Properties.Get<string>("X-PUBLISHED-TTL"));
        var refresh = calendar.Properties["REFRESH-INTERVAL"]!;
        Assert.Equal("PT1H", refresh.Value?.ToString());
        Assert.Equal("DURATION", refresh.Parameters.Get("VALUE"));
    }

    [Fact]
    public async Task Every_event_has_a_stable_uid_the_response_time_as_dtstamp_and_a_sequence_from_its_schedule()
    {
        // Its own server: the shared one's clock must stay put for the snapshots.
        await using var server = new ContentApiFactory();
        using var own = server.CreateClient();
        var first = await own.CalendarAsync("/feeds/sessions.ics");
        server.Clock.Advance(TimeSpan.FromMinutes(5));
        var second = await own.CalendarAsync("/feeds/sessions.ics");

        var sleep = first.Events.Single(e => e.Uid == "example-sleep-part-2@wellness-connection");
        Assert.Equal(new DateTime(2026, 11, 27, 12, 0, 0, DateTimeKind.Utc), sleep.DtStamp!.AsUtc);
        Assert.True(sleep.DtStamp.IsUtc);
        // Ends 2026-12-08T20:00-05:00 = 01:00Z on Dec. 9: 3,649,020 minutes after 2020-01-01T00:00Z, times 2.
        Assert.Equal(7_298_040, sleep.Sequence);

        Assert.Equal(first.Events.Select(e => e.Uid), second.Events.Select(e => e.Uid));
        Assert.Equal(first.Events.Select(e => e.Sequence), second.Events.Select(e => e.Sequence));
        Assert.All(second.Events, e =>
            Assert.Equal(new DateTime(2026, 11, 27, 12, 5, 0, DateTimeKind.Utc), e.DtStamp!.AsUtc)
        );
    }

    [Fact]
    public async Task Events_start_and_end_at_the_local_time_of_their_own_time_zone()
    {
        var calendar = await client.CalendarAsync("/feeds/sessions.ics");

        var sleep = calendar.Events.Single(e => e.Uid == "example-sleep-part-2@wellness-connection");
        Assert.Equal("America/Toronto", sleep.DtStart!.TzId);
        Assert.Equal(new DateTime(2026, 12, 8, 19, 0, 0), sleep.DtStart.Value);
        Assert.Equal(new DateTime(2026, 12, 9, 0, 0, 0, DateTimeKind.Utc), sleep.DtStart.AsUtc);
        Assert.Equal(new DateTime(2026, 12, 9, 1, 0, 0, DateTimeKind.Utc), sleep.DtEnd!.AsUtc);

        var dropIn = calendar.Events.Single(e => e.Uid == "example-peer-support-drop-in@wellness-connection");
        Assert.Equal(TimeSpan.FromMinutes(90), dropIn.DtEnd!.AsUtc - dropIn.DtStart!.AsUtc);

        var pacific = calendar.Events.Single(e => e.Uid == "example-mindful-pause-pacific@wellness-connection");
        Assert.Equal("America/Vancouver", pacific.DtStart!.TzId);
        Assert.Equal(new DateTime(2027, 2, 11, 16, 0, 0), pacific.DtStart.Value);
    }

    [Fact]
    public async Task The_feed_defines_each_time_zone_its_events_use_with_the_right_offsets()
    {
        var calendar = await client.CalendarAsync("/feeds/sessions.ics");

        Assert.Equal(["America/Toronto", "America/Vancouver"], calendar.TimeZones.Select(z => z.TzId));
        var toronto = calendar.TimeZones.Single(z => z.TzId == "America/Toronto");
        var standard = toronto.TimeZoneInfos.Single(i => i.Name == "STANDARD");
        Assert.Equal("EST", standard.TimeZoneName);
        Assert.Equal(TimeSpan.FromHours(-4), standard.OffsetFrom!.Offset);
        Assert.Equal(TimeSpan.FromHours(-5), standard.OffsetTo!.Offset);
        // Bounded: the rule ends at its last transition in the range.
        Assert.Matches("^FREQ=YEARLY;UNTIL=\\d{8}T\\d{6}Z;BYDAY=1SU;BYMONTH=11$", standard.RecurrenceRule!.ToString());
        var daylight = toronto.TimeZoneInfos.Single(i => i.Name == "DAYLIGHT");
        Assert.Equal("EDT", daylight.TimeZoneName);
        Assert.Equal(TimeSpan.FromHours(-4), daylight.OffsetTo!.Offset);
        Assert.Matches("^FREQ=YEARLY;UNTIL=\\d{8}T\\d{6}Z;BYDAY=2SU;BYMONTH=3$", daylight.RecurrenceRule!.ToString());

        // A client that knows no tzdb works from the VTIMEZONE alone: it must give each event its tzdb offset.
        foreach (var calendarEvent in calendar.Events)
        {
            var zone = calendar.TimeZones.Single(z => z.TzId == calendarEvent.DtStart!.TzId);
            var expected = NodaTime
                .DateTimeZoneProviders.Tzdb[zone.TzId!]
                .GetUtcOffset(NodaTime.Instant.FromDateTimeUtc(calendarEvent.DtStart!.AsUtc))
                .ToTimeSpan();
            Assert.Equal(expected, TimeZoneDefinition.OffsetAt(zone, calendarEvent.DtStart.Value));
        }
    }

    [Fact]
    public async Task Cancelled_sessions_are_marked_in_the_calendar_feed()
    {
        var calendar = await client.CalendarAsync("/feeds/sessions.ics");

        var cancelled = calendar.Events.Single(e => e.Uid == "example-burnout-check-in@wellness-connection");
        Assert.Equal(EventStatus.Cancelled, cancelled.Status);
        Assert.Equal("Cancelled: Example: Burnout check-in", cancelled.Summary);
        Assert.StartsWith(
            "This session is cancelled and will not take place.",
            cancelled.Description,
            StringComparison.Ordinal
        );
        Assert.Equal(TransparencyType.Transparent, cancelled.Transparency);
        Assert.DoesNotContain("Register:", cancelled.Description, StringComparison.Ordinal);
        Assert.All(calendar.Events.Where(e => e != cancelled), e => Assert.Equal(EventStatus.Confirmed, e.Status));
    }

    [Fact]
    public async Task Each_event_has_its_registration_link_and_a_plain_text_description()
    {
        var calendar = await client.CalendarAsync("/feeds/sessions.ics");

        var sleep = calendar.Events.Single(e => e.Uid == "example-sleep-part-2@wellness-connection");
        Assert.Equal("Example: Sleep (part II) — building a routine that works", sleep.Summary);
        Assert.Equal(new Uri("https://example.org/register/example-sleep-part-2"), sleep.Url);
        Assert.Equal("Online", sleep.Location);
        Assert.Equal(["Sleep", "Self-care"], sleep.Categories);
        Assert.Equal(
            """
            This is an example session for demonstration; it is not a real event.

            This fictional second part of the sleep series shows how a later part of a series is written: \
            it names the same series and the next part number.

            When: Tues., Dec. 8, 2026, 7 PM ET
            Facilitated by: Example Facilitator A
            Topics: Sleep, Self-care
            Series: Sleep, part 2
            Register: https://example.org/register/example-sleep-part-2
            """.ReplaceLineEndings("\n").Replace("\\\n", "", StringComparison.Ordinal),
            sleep.Description
        );
        Assert.All(calendar.Events, e => Assert.DoesNotContain("<", e.Description, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_session_in_another_zone_shows_eastern_time_and_its_own()
    {
        var calendar = await client.CalendarAsync("/feeds/sessions.ics");

        var pacific = calendar.Events.Single(e => e.Uid == "example-mindful-pause-pacific@wellness-connection");
        // tzdb 2026 has British Columbia on UTC-7 all year from Nov. 1, 2026: 4 PM there is 6 PM Eastern, still Pacific
        // Time.
        Assert.Contains(
            "When: Thurs., Feb. 11, 2027, 6 PM ET (Thurs., Feb. 11, 2027, 4 PM PT)",
            pacific.Description,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task The_feed_in_French_has_French_names_times_and_statuses()
    {
        var calendar = await client.CalendarAsync("/feeds/sessions.ics?lang=fr");

        Assert.Equal("Séances Wellness Connection", calendar.Properties.Get<string>("X-WR-CALNAME"));
        var sleep = calendar.Events.Single(e => e.Uid == "example-sleep-part-2@wellness-connection");
        Assert.Contains("Quand\u00A0: mar. 8 déc. 2026, 19 h HE", sleep.Description, StringComparison.Ordinal);
        Assert.Contains(
            "Inscription\u00A0: https://example.org/register/example-sleep-part-2",
            sleep.Description,
            StringComparison.Ordinal
        );
        Assert.Equal("En ligne", sleep.Location);
        var cancelled = calendar.Events.Single(e => e.Uid == "example-burnout-check-in@wellness-connection");
        Assert.Equal("Annulée\u00A0: Example: Burnout check-in", cancelled.Summary);
        Assert.StartsWith("Cette séance est annulée", cancelled.Description, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("topic=peer-support", "example-peer-support-drop-in example-burnout-check-in")]
    [InlineData("topic=sleep,stress", "example-sleep-part-2 example-stress-in-training")]
    [InlineData("topic=sleep&topic=stress", "example-sleep-part-2 example-stress-in-training")]
    [InlineData("series=sleep", "example-sleep-part-2")]
    [InlineData(
        "facilitator=example-facilitator-a",
        "example-sleep-part-2 example-stress-in-training example-mindful-pause-pacific"
    )]
    [InlineData("topic=self-care&facilitator=example-facilitator-b", "example-mindful-pause-pacific")]
    [InlineData("topic=no-such-topic", "")]
    public async Task Filters_choose_the_sessions_of_a_subscription(string query, string slugs)
    {
        var calendar = await client.CalendarAsync("/feeds/sessions.ics?" + query);

        Assert.Equal(
            slugs.Split(' ', StringSplitOptions.RemoveEmptyEntries),
            calendar.Events.Select(e => e.Uid!.Replace("@wellness-connection", "", StringComparison.Ordinal))
        );
    }

    [Theory]
    [InlineData("lang=de", "\\\"lang\\\" is \\\"de\\\"")]
    [InlineData("topic=Self_Care", "is not a slug")]
    public async Task A_wrong_filter_is_refused_with_the_reason(string query, string reason)
    {
        using var response = await client.GetAsync("/feeds/sessions.ics?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_client_that_has_the_feed_gets_304_until_it_changes()
    {
        using var first = await client.GetAsync("/feeds/sessions.ics?topic=sleep");
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.True(etag.IsWeak);
        Assert.Equal("public, max-age=300", first.Headers.CacheControl?.ToString());

        using var again = new HttpRequestMessage(HttpMethod.Get, "/feeds/sessions.ics?topic=sleep");
        again.Headers.IfNoneMatch.Add(etag);
        using var notModified = await client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());

        using var other = await client.GetAsync("/feeds/sessions.ics?topic=stress");
        Assert.NotEqual(etag, other.Headers.ETag);
    }

    [Fact]
    public async Task A_client_may_ask_with_HEAD_first()
    {
        using var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/feeds/sessions.ics"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(response.Headers.ETag);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Feeds_set_no_cookie()
    {
        using var response = await client.GetAsync("/feeds/sessions.ics");

        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task Calendar_responses_are_snapshotted_for_review()
    {
        using var response = await client.GetAsync("/feeds/sessions.ics?topic=peer-support");

        TextSnapshot.Match(await response.Content.ReadAsStringAsync());
    }
}
