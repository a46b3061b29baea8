namespace WellnessConnection.Tests.Feeds;

/// <summary>
/// A subscription lists at most <see cref="WellnessConnection.Feeds.FeedEndpoints.CalendarLimit"/> events. With more
/// sessions in the past year than that, the earliest-first window used to fill the feed with past sessions and drop
/// every upcoming one (a calendar then deletes them): upcoming sessions come first, past ones fill the rest.
/// </summary>
public sealed class FeedLimitTests
{
    private const int PastSessions = 510;

    [Fact]
    public async Task A_feed_over_its_limit_keeps_every_upcoming_session_and_the_newest_past_ones()
    {
        await using var server = new EditedContentFactory();
        var first = new DateOnly(2026, 3, 1);
        for (var i = 0; i < PastSessions; i++)
        {
            // Two a day from March 1: all within the year before the tests' clock (2026-11-27), all over by then.
            var day = first.AddDays(i / 2);
            var hour = i % 2 == 0 ? "12:00" : "19:00";
            File.WriteAllText(
                Path.Combine(server.Content.Path, "sessions", $"{day:yyyy-MM-dd}-past-{i:D3}.md"),
                $"---\ntitle: \"Past session {i}\"\nstarts: {day:yyyy-MM-dd}T{hour}\nfacilitators: "
                    + $"[daniela-isfan]\ntopics: [sleep]\n---\nA past session.\n"
            );
        }

        var calendar = await server.CreateClient().CalendarAsync("/feeds/sessions.ics");
        var uids = calendar.Events.Select(e => e.Uid).ToList();

        Assert.Equal(WellnessConnection.Feeds.FeedEndpoints.CalendarLimit, uids.Count);
        Assert.All(CalendarFeedTests.Upcoming, slug => Assert.Contains(slug + "@wellness-connection", uids));
        Assert.Contains($"past-{PastSessions - 1:D3}@wellness-connection", uids);
        Assert.DoesNotContain("past-000@wellness-connection", uids);
        Assert.Equal(uids.Count, uids.Distinct().Count());
        // In start order, as before.
        Assert.Equal(calendar.Events.OrderBy(e => e.DtStart!.AsUtc).Select(e => e.Uid), uids);
    }
}
