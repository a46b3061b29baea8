using System.Text.Json.Nodes;
using WellnessConnection.Tests.GraphQL;

namespace WellnessConnection.Tests.Storage.Reading;

/// <summary>
/// Every way a public reader can reach a session agrees on which ones exist: the GraphQL list, a single session by
/// slug, <c>node</c> by id, search (both fields), the calendar feed and the embed page. A draft and a session before
/// its <c>publishAt</c> are absent from all of them, and a scheduled session appears in all of them at once.
/// </summary>
public sealed class VisibilityAgreementTests
{
    /// <summary>Each session of the fixtures, and a word of its title that search finds it by.</summary>
    private static readonly (string Slug, string Word)[] DraftsSessions =
    [
        ("sleep-part-1", "sleep"),
        ("sleep-part-2", "sleep"),
        ("open-discussion", "discussion"),
    ];

    private static readonly (string Slug, string Word)[] ScheduledSessions =
    [
        ("sleep-part-1", "sleep"),
        ("sleep-part-2", "sleep"),
    ];

    [Fact]
    public async Task Drafts_are_absent_from_every_way_in_and_published_sessions_present_in_all()
    {
        await using var server = new DraftsApiFactory();

        var seen = await VisibilityAsync(server.CreateClient(), DraftsSessions);

        Assert.Equal(["open-discussion", "sleep-part-1"], AgreedVisible(seen));
    }

    [Fact]
    public async Task A_scheduled_session_appears_everywhere_at_once_when_its_time_comes()
    {
        await using var server = new ScheduledApiFactory();
        var client = server.CreateClient();

        var before = await VisibilityAsync(client, ScheduledSessions);
        server.Clock.SetUtcNow(ScheduledApiFactory.PublishAt);
        var after = await VisibilityAsync(client, ScheduledSessions);

        Assert.Equal(["sleep-part-1"], AgreedVisible(before));
        Assert.Equal(["sleep-part-1", "sleep-part-2"], AgreedVisible(after));
    }

    /// <summary>The slugs every way in shows; fails when two ways disagree about a session.</summary>
    private static List<string> AgreedVisible(Dictionary<string, Dictionary<string, bool>> seen)
    {
        foreach (var (slug, ways) in seen)
        {
            Assert.True(
                ways.Values.Distinct().Count() == 1,
                $"{slug}: {string.Join(", ", ways.Select(w => $"{w.Key} {(w.Value ? "shows" : "hides")} it"))}"
            );
        }

        return [.. seen.Where(s => s.Value.Values.First()).Select(s => s.Key).Order(StringComparer.Ordinal)];
    }

    private static async Task<Dictionary<string, Dictionary<string, bool>>> VisibilityAsync(
        HttpClient client,
        (string Slug, string Word)[] sessions
    )
    {
        var list = (await client.DataAsync("{ sessions(first: 100) { nodes { slug } } }"))["sessions"].Slugs();
        var feed = await client.GetStringAsync("/feeds/sessions.ics");
        var embed = await client.GetStringAsync("/embed/sessions?limit=20");
        var result = new Dictionary<string, Dictionary<string, bool>>();
        foreach (var (slug, word) in sessions)
        {
            var id = WellnessConnection.GraphQL.Common.GlobalId.Encode("Session", slug, "en");
            var data = await client.DataAsync(
                "query($slug: String!, $id: ID!, $word: String!) { session(slug: $slug) { slug } node(id: $id) { "
                    + "id } search(query: $word) { node { id } } searchResults(query: $word, first: 50) { "
                    + "nodes { node { id } } } }",
                new
                {
                    slug,
                    id,
                    word,
                }
            );
            result[slug] = new Dictionary<string, bool>
            {
                ["the list"] = list.Contains(slug),
                ["session(slug)"] = data["session"] is JsonObject,
                ["node(id)"] = data["node"] is JsonObject,
                ["search"] = data["search"]!.AsArray().Any(hit => (string?)hit!["node"]?["id"] == id),
                ["searchResults"] = data["searchResults"]!["nodes"]!
                    .AsArray()
                    .Any(hit => (string?)hit!["node"]?["id"] == id),
                ["the calendar feed"] = feed.Contains($"UID:{slug}@wellness-connection", StringComparison.Ordinal),
                ["the embed page"] = embed.Contains($"/sessions/{slug}.ics", StringComparison.Ordinal),
            };
        }

        return result;
    }
}
