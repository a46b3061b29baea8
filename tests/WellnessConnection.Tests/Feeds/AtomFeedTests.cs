using System.Net;
using System.ServiceModel.Syndication;
using WellnessConnection.Tests.GraphQL;

namespace WellnessConnection.Tests.Feeds;

/// <summary><c>/feeds/sessions.atom</c> over the sample content at 2026-11-27T12:00Z, parsed back with
/// System.ServiceModel.Syndication.</summary>
public sealed class AtomFeedTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task The_feed_lists_the_upcoming_sessions_the_latest_first()
    {
        var feed = await client.AtomAsync("/feeds/sessions.atom");

        Assert.Equal(
            [
                "urn:wellness-connection:session:example-mindful-pause-pacific",
                "urn:wellness-connection:session:example-burnout-check-in",
                "urn:wellness-connection:session:example-stress-in-training",
                "urn:wellness-connection:session:example-peer-support-drop-in",
                "urn:wellness-connection:session:example-sleep-part-2",
            ],
            feed.Items.Select(i => i.Id)
        );
        Assert.Equal("Wellness Connection sessions", feed.Title.Text);
        Assert.Equal("http://localhost/feeds/sessions.atom", feed.Id);
        Assert.Equal("en", feed.Language);
        Assert.Equal(new DateTimeOffset(2027, 2, 11, 16, 0, 0, TimeSpan.FromHours(-7)), feed.LastUpdatedTime);
        Assert.Equal("Canadian Medical Association", Assert.Single(feed.Authors).Name);
        Assert.Contains(feed.Links, l =>
            l.RelationshipType == "self" && l.Uri == new Uri("http://localhost/feeds/sessions.atom")
        );
        Assert.Contains(feed.Links, l =>
            l.RelationshipType == "alternate"
            && l.MediaType == "text/calendar"
            && l.Uri == new Uri("http://localhost/feeds/sessions.ics")
        );
    }

    [Fact]
    public async Task Each_entry_has_its_title_summary_content_links_and_categories()
    {
        var feed = await client.AtomAsync("/feeds/sessions.atom");

        var sleep = feed.Items.Single(i => i.Id.EndsWith(":example-sleep-part-2", StringComparison.Ordinal));
        Assert.Equal("Example: Sleep (part II) — building a routine that works", sleep.Title.Text);
        Assert.Equal("This is an example session for demonstration; it is not a real event.", sleep.Summary.Text);
        Assert.Equal(new DateTimeOffset(2026, 12, 8, 19, 0, 0, TimeSpan.FromHours(-5)), sleep.LastUpdatedTime);
        Assert.Equal(default, sleep.PublishDate);
        var content = Assert.IsType<TextSyndicationContent>(sleep.Content);
        Assert.Equal("html", content.Type);
        Assert.StartsWith(
            "<p>When: Tues., Dec. 8, 2026, 7 PM ET</p><p><em>This is an example session",
            content.Text,
            StringComparison.Ordinal
        );
        Assert.EndsWith(
            "<p><a href=\"https://example.org/register/example-sleep-part-2\">Register</a></p>",
            content.Text,
            StringComparison.Ordinal
        );
        Assert.Contains(sleep.Links, l =>
            l.RelationshipType == "alternate" && l.Uri == new Uri("https://example.org/register/example-sleep-part-2")
        );
        Assert.Contains(sleep.Links, l =>
            l.RelationshipType == "related"
            && l.MediaType == "text/calendar"
            && l.Uri == new Uri("http://localhost/sessions/example-sleep-part-2.ics")
        );
        Assert.Equal(["Sleep", "Self-care", "scheduled"], sleep.Categories.Select(c => c.Name));
    }

    [Fact]
    public async Task A_cancelled_session_says_so_in_its_title_content_and_status_category()
    {
        var feed = await client.AtomAsync("/feeds/sessions.atom");

        var cancelled = feed.Items.Single(i => i.Id.EndsWith(":example-burnout-check-in", StringComparison.Ordinal));
        Assert.Equal("Cancelled: Example: Burnout check-in", cancelled.Title.Text);
        Assert.StartsWith(
            "<p><strong>This session is cancelled and will not take place.</strong></p>",
            ((TextSyndicationContent)cancelled.Content).Text,
            StringComparison.Ordinal
        );
        Assert.DoesNotContain("Register", ((TextSyndicationContent)cancelled.Content).Text, StringComparison.Ordinal);
        Assert.Contains(cancelled.Categories, c =>
            c.Name == "cancelled" && c.Scheme == "urn:wellness-connection:session-status"
        );
    }

    [Fact]
    public async Task The_feed_takes_the_same_filters_and_language_as_the_calendar()
    {
        var feed = await client.AtomAsync("/feeds/sessions.atom?topic=peer-support&lang=fr");

        Assert.Equal("fr", feed.Language);
        Assert.Equal("Séances Wellness Connection", feed.Title.Text);
        Assert.Equal("http://localhost/feeds/sessions.atom?topic=peer-support&lang=fr", feed.Id);
        Assert.Equal(
            ["Annulée\u00A0: Example: Burnout check-in", "Example: Peer support drop-in"],
            feed.Items.Select(i => i.Title.Text)
        );
        Assert.Contains(feed.Items.Last().Links, l =>
            l.Uri == new Uri("http://localhost/sessions/example-peer-support-drop-in.ics?lang=fr")
        );
    }

    [Fact]
    public async Task A_reader_that_has_the_feed_gets_304()
    {
        using var first = await client.GetAsync("/feeds/sessions.atom");
        using var again = new HttpRequestMessage(HttpMethod.Get, "/feeds/sessions.atom");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        using var response = await client.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
    }
}
