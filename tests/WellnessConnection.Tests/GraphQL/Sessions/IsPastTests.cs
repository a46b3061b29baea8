namespace WellnessConnection.Tests.GraphQL.Sessions;

/// <summary>
/// sleep-part-1 of the scheduled fixture runs 2026-12-01 19:00–20:00 Toronto time, i.e. until 2026-12-02T01:00Z. The
/// test moves the clock forward, so it is alone in its class.
/// </summary>
public sealed class IsPastTests(ScheduledApiFactory factory) : IClassFixture<ScheduledApiFactory>
{
    private static readonly DateTimeOffset End = new(2026, 12, 2, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_session_becomes_past_and_leaves_the_upcoming_list_when_it_ends()
    {
        var client = factory.CreateClient();
        const string Query = """{ session(slug: "sleep-part-1") { isPast } upcomingSessions { nodes { slug } } }""";

        var before = await client.DataAsync(Query);
        factory.Clock.SetUtcNow(End.AddSeconds(-1));
        var lastSecond = await client.DataAsync(Query);
        factory.Clock.SetUtcNow(End);
        var after = await client.DataAsync(Query);

        Assert.False((bool)before["session"]!["isPast"]!);
        Assert.False((bool)lastSecond["session"]!["isPast"]!);
        Assert.Contains("sleep-part-1", lastSecond["upcomingSessions"].Slugs());
        Assert.True((bool)after["session"]!["isPast"]!);
        Assert.DoesNotContain("sleep-part-1", after["upcomingSessions"].Slugs());
    }
}
