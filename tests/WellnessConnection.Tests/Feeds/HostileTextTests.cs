using System.ServiceModel.Syndication;
using System.Xml;
using Ical.Net;
using WellnessConnection.Feeds;
using WellnessConnection.Http;
using WellnessConnection.Storage.Reading;
using WellnessConnection.Tests.Storage.Reading;

namespace WellnessConnection.Tests.Feeds;

/// <summary>
/// Feed writers treat every string as hostile, even after validation: these sessions are built directly, bypassing
/// the content checks, with line breaks that would start a new event and control characters XML cannot carry.
/// </summary>
public sealed class HostileTextTests
{
    private const string Injection = "Sleep\nEND:VEVENT\nBEGIN:VEVENT\nSUMMARY:Injected\r\n\u0001";

    private static readonly DateTimeOffset Now = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_calendar_of_a_session_with_line_breaks_and_controls_holds_exactly_one_event()
    {
        var text = SessionCalendarBuilder.ForOne(Session("https://example.org/r\r\nX-EVIL:1"), FeedText.English, Now);

        Assert.Equal(1, Count(text, "BEGIN:VEVENT"));
        Assert.Equal(1, Count(text, "END:VEVENT"));
        Assert.DoesNotContain("\u0001", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\nX-EVIL", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\nURL", text, StringComparison.Ordinal);
        Assert.All(text.Split("\r\n"), line => Assert.DoesNotContain('\n', line));
        var calendarEvent = Assert.Single(Calendar.Load(text)!.Events);
        Assert.StartsWith("Sleep\nEND:VEVENT", calendarEvent.Summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("ftp://example.org/r")]
    [InlineData("/relative")]
    [InlineData("https://example.org/a\u0007b")]
    public void A_registration_address_that_is_not_a_clean_absolute_web_address_is_left_out(string url)
    {
        var text = SessionCalendarBuilder.ForOne(Session(url), FeedText.English, Now);

        Assert.Null(Assert.Single(Calendar.Load(text)!.Events).Url);
    }

    [Fact]
    public void A_clean_registration_address_is_kept()
    {
        var text = SessionCalendarBuilder.ForOne(Session("https://example.org/register?a=1"), FeedText.English, Now);

        Assert.Equal(new Uri("https://example.org/register?a=1"), Assert.Single(Calendar.Load(text)!.Events).Url);
    }

    [Fact]
    public void An_atom_feed_of_a_session_with_control_characters_is_written_and_parses()
    {
        var links = new FeedLinks("http://localhost");
        var xml = SessionAtomFeedBuilder.Build(
            [Session("https://example.org/r\u0001")],
            FeedText.English,
            links,
            "",
            Now
        );

        using var reader = XmlReader.Create(new StringReader(xml));
        var feed = SyndicationFeed.Load(reader);
        var item = Assert.Single(feed.Items);
        Assert.StartsWith("Sleep\nEND:VEVENT", item.Title.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("\u0001", xml, StringComparison.Ordinal);
        Assert.DoesNotContain(item.Links, l => l.RelationshipType == "alternate");
    }

    private static int Count(string text, string line) => text.Split("\r\n").Count(l => l == line);

    private static ListedSession Session(string registrationUrl) => HostileSession.With(Injection, registrationUrl);
}
