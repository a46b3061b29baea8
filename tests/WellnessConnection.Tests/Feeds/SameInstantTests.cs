using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using WellnessConnection.Tests.GraphQL;

namespace WellnessConnection.Tests.Feeds;

/// <summary>The Atom feed and the embed's JSON-LD carry the same instants as the API, the Pacific session
/// included.</summary>
public sealed partial class SameInstantTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task Atom_entries_start_at_the_api_instant()
    {
        var api = await ApiInstantsAsync();
        var feed = await client.AtomAsync("/feeds/sessions.atom");

        Assert.NotEmpty(feed.Items);
        foreach (var item in feed.Items)
        {
            var slug = item.Id[(item.Id.LastIndexOf(':') + 1)..];
            Assert.Equal(api[slug].StartsAt.UtcDateTime, item.LastUpdatedTime.UtcDateTime);
        }
    }

    [Fact]
    public async Task Json_ld_events_start_and_end_at_the_api_instants()
    {
        var api = await ApiInstantsAsync();
        var html = await client.GetStringAsync("/embed/sessions?limit=20");
        var events = JsonNode.Parse(JsonLd().Match(html).Groups[1].Value)!.AsArray();

        Assert.Contains(events, e => ((string?)e!["name"])!.Contains("Pacific", StringComparison.Ordinal));
        foreach (var e in events)
        {
            var match = api.Values.Single(s => s.Title == (string?)e!["name"]);
            Assert.Equal(match.StartsAt, DateTimeOffset.Parse((string)e!["startDate"]!, CultureInfo.InvariantCulture));
            Assert.Equal(
                match.StartsAt.Offset,
                DateTimeOffset.Parse((string)e["startDate"]!, CultureInfo.InvariantCulture).Offset
            );
            Assert.Equal(match.EndsAt, DateTimeOffset.Parse((string)e["endDate"]!, CultureInfo.InvariantCulture));
        }
    }

    private async Task<
        Dictionary<string, (string Title, DateTimeOffset StartsAt, DateTimeOffset EndsAt)>
    > ApiInstantsAsync()
    {
        var data = await client.DataAsync("{ sessions(first: 100) { nodes { slug title startsAt endsAt } } }");
        return data["sessions"]!["nodes"]!
            .AsArray()
            .ToDictionary(
                n => (string)n!["slug"]!,
                n =>
                    (
                        (string)n!["title"]!,
                        DateTimeOffset.Parse((string)n["startsAt"]!, CultureInfo.InvariantCulture),
                        DateTimeOffset.Parse((string)n["endsAt"]!, CultureInfo.InvariantCulture)
                    )
            );
    }

    [GeneratedRegex("<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex JsonLd();
}
