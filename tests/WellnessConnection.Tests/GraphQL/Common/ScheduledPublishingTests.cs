using System.Text;

namespace WellnessConnection.Tests.GraphQL.Common;

/// <summary>
/// sleep-part-2 has <c>publishAt: 2026-12-01T09:00</c> (Toronto), 14:00Z. The test moves the clock forward, so it is
/// alone in its class: its factory is its own.
/// </summary>
public sealed class ScheduledPublishingTests(ScheduledApiFactory factory) : IClassFixture<ScheduledApiFactory>
{
    private const string EveryEntryPoint = """
        query($id: ID!) {
          sessions { nodes { slug } }
          upcomingSessions { nodes { slug } }
          session(slug: "sleep-part-2") { slug }
          node(id: $id) { id }
          search(query: "quokka") { node { id } }
          searchResults(query: "quokka") { totalCount }
          topic(slug: "self-care") { sessions { nodes { slug } } }
          facilitator(slug: "daniela-isfan") { sessions { nodes { slug } } }
          series(slug: "sleep") { parts { slug } }
        }
        """;

    [Fact]
    public async Task A_session_is_hidden_everywhere_until_the_clock_reaches_its_publishAt()
    {
        var client = factory.CreateClient();

        factory.Clock.SetUtcNow(ScheduledApiFactory.PublishAt.AddSeconds(-1));
        var before = await VisibilityAsync(client);
        factory.Clock.SetUtcNow(ScheduledApiFactory.PublishAt);
        var after = await VisibilityAsync(client);

        Assert.All(before, entry => Assert.False(entry.Value, $"{entry.Key} shows the session before its publishAt"));
        Assert.All(after, entry => Assert.True(entry.Value, $"{entry.Key} does not show the session at its publishAt"));
    }

    private static async Task<Dictionary<string, bool>> VisibilityAsync(HttpClient client)
    {
        var id = Convert.ToBase64String(Encoding.UTF8.GetBytes("Session:sleep-part-2"));
        var data = await client.DataAsync(EveryEntryPoint, new { id });
        return new Dictionary<string, bool>
        {
            ["sessions"] = data["sessions"].Slugs().Contains("sleep-part-2"),
            ["upcomingSessions"] = data["upcomingSessions"].Slugs().Contains("sleep-part-2"),
            ["session"] = data["session"] is not null,
            ["node"] = data["node"] is not null,
            ["search"] = data["search"]!.AsArray().Count > 0,
            ["searchResults.totalCount"] = (int)data["searchResults"]!["totalCount"]! > 0,
            ["topic.sessions"] = data["topic"]!["sessions"].Slugs().Contains("sleep-part-2"),
            ["facilitator.sessions"] = data["facilitator"]!["sessions"].Slugs().Contains("sleep-part-2"),
            ["series.parts"] = data["series"]!["parts"].Slugs().Contains("sleep-part-2"),
        };
    }
}
