using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using WellnessConnection.Tests.Feeds;
using WellnessConnection.Tests.GraphQL;

namespace WellnessConnection.Tests.Embed;

/// <summary>The iframe page <c>/embed/sessions</c> over the sample content at 2026-11-27T12:00Z.</summary>
public sealed partial class EmbedPageTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task The_listing_page_is_snapshotted_for_review()
    {
        TextSnapshot.Match(await client.GetStringAsync("/embed/sessions"));
    }

    [Fact]
    public async Task The_French_dark_listing_of_one_topic_is_snapshotted_for_review()
    {
        TextSnapshot.Match(
            await client.GetStringAsync("/embed/sessions?topic=peer-support&lang=fr&theme=dark&limit=3")
        );
    }

    [Fact]
    public async Task The_page_lists_the_upcoming_sessions_with_eastern_times_in_time_elements()
    {
        var html = await client.GetStringAsync("/embed/sessions?limit=3");

        Assert.Equal(
            [
                ("2026-12-08T19:00:00-05:00", "Tues., Dec. 8, 2026, 7 PM ET"),
                ("2026-12-17T19:00:00-05:00", "Thurs., Dec. 17, 2026, 7 PM ET"),
                ("2027-01-14T19:00:00-05:00", "Thurs., Jan. 14, 2027, 7 PM ET"),
            ],
            TimeElement().Matches(html).Select(m => (m.Groups[1].Value, m.Groups[2].Value))
        );
        Assert.Equal(3, Regex.Count(html, "<li class=\"wc-session\""));
        Assert.Contains("<ol class=\"wc-list\" role=\"list\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cancelled_session_is_marked_and_offers_no_registration()
    {
        var html = await client.GetStringAsync("/embed/sessions?topic=burnout");

        Assert.Contains("<li class=\"wc-session\" data-status=\"cancelled\">", html, StringComparison.Ordinal);
        Assert.Contains(
            "<span class=\"wc-badge\">Cancelled</span><span class=\"wc-sr\">: </span>Example: Burnout check-in",
            html,
            StringComparison.Ordinal
        );
        Assert.DoesNotContain("wc-register", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_session_has_a_registration_link_that_names_it_and_says_it_opens_a_new_tab()
    {
        var html = await client.GetStringAsync("/embed/sessions?topic=sleep");

        Assert.Contains(
            "<a class=\"wc-register\" href=\"https://example.org/register/example-sleep-part-2\" target=\"_blank\" "
                + "rel=\"noopener\">Register<span class=\"wc-sr\"> for Example: Sleep (part II) — building a "
                + "routine that works (opens in a new tab)</span></a>",
            html,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "<a class=\"wc-add\" href=\"http://localhost/sessions/example-sleep-part-2.ics\">Add to calendar",
            html,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task The_page_describes_each_session_as_a_schema_org_event()
    {
        var html = await client.GetStringAsync("/embed/sessions?topic=peer-support");

        var json = JsonLd().Match(html).Groups[1].Value;
        var events = JsonNode.Parse(json)!.AsArray();
        Assert.Equal(2, events.Count);
        var dropIn = events[0]!;
        Assert.Equal("https://schema.org", (string?)dropIn["@context"]);
        Assert.Equal("Event", (string?)dropIn["@type"]);
        Assert.Equal("Example: Peer support drop-in", (string?)dropIn["name"]);
        Assert.Equal("2026-12-17T19:00:00-05:00", (string?)dropIn["startDate"]);
        Assert.Equal("2026-12-17T20:30:00-05:00", (string?)dropIn["endDate"]);
        Assert.Equal("https://schema.org/EventScheduled", (string?)dropIn["eventStatus"]);
        Assert.Equal("https://schema.org/OnlineEventAttendanceMode", (string?)dropIn["eventAttendanceMode"]);
        Assert.Equal("VirtualLocation", (string?)dropIn["location"]!["@type"]);
        Assert.Equal("https://example.org/register/example-peer-support-drop-in", (string?)dropIn["location"]!["url"]);
        Assert.Equal("Canadian Medical Association", (string?)dropIn["organizer"]!["name"]);
        Assert.Equal("Example Facilitator B", (string?)dropIn["performer"]![0]!["name"]);
        Assert.Equal("https://schema.org/EventCancelled", (string?)events[1]!["eventStatus"]);
    }

    [Fact]
    public async Task The_page_loads_nothing_from_elsewhere_and_runs_no_inline_script()
    {
        using var response = await client.GetAsync("/embed/sessions");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(
            ["/embed/v1/sessions.css", "/embed/v1/local-time.js"],
            Subresource().Matches(html).Select(m => m.Groups[1].Value)
        );
        Assert.Equal(
            ["<script src=\"/embed/v1/local-time.js\" defer></script>", "<script type=\"application/ld+json\">"],
            Regex.Matches(html, "<script[^>]*>(</script>)?").Select(m => m.Value)
        );
        Assert.DoesNotContain("style=", html, StringComparison.Ordinal);
        Assert.DoesNotContain(
            " on",
            Regex
                .Replace(html, "<script type=\"application/ld\\+json\">.*?</script>", "", RegexOptions.Singleline)
                .Split('<')
                .Select(tag => tag.Split('>')[0])
                .Where(tag => tag.Contains(" on", StringComparison.Ordinal) && Regex.IsMatch(tag, " on[a-z]+=")),
            StringComparer.Ordinal
        );
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task Partner_sites_may_frame_the_page_under_its_own_strict_policy()
    {
        using var response = await client.GetAsync("/embed/sessions");

        Assert.Equal(
            "default-src 'none'; style-src 'self'; script-src 'self'; base-uri 'none'; form-action 'none'; "
                + "frame-ancestors *",
            response.Headers.GetValues("Content-Security-Policy").Single()
        );
        Assert.False(response.Headers.Contains("X-Frame-Options"));
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("public, max-age=300", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task The_page_names_its_oembed_and_feed_alternates()
    {
        var html = await client.GetStringAsync("/embed/sessions?topic=sleep&theme=dark");

        Assert.Contains(
            "<link rel=\"alternate\" type=\"application/json+oembed\" "
                + "href=\"http://localhost/oembed?url=http%3A%2F%2Flocalhost%2Fembed%2Fsessions"
                + "%3Ftopic%3Dsleep%26theme%3Ddark&amp;format=json\"",
            html,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "<link rel=\"alternate\" type=\"text/calendar\" href=\"http://localhost/feeds/sessions.ics?topic=sleep\"",
            html,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "<link rel=\"alternate\" type=\"application/atom+xml\" "
                + "href=\"http://localhost/feeds/sessions.atom?topic=sleep\"",
            html,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task Without_sessions_the_page_says_so()
    {
        var html = await client.GetStringAsync("/embed/sessions?topic=no-such-topic&lang=fr");

        Assert.Contains(
            "<p class=\"wc-empty\">Aucune séance à venir pour le moment.</p>",
            html,
            StringComparison.Ordinal
        );
        Assert.DoesNotContain("<ol", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("limit=0", "\"limit\" is \"0\"")]
    [InlineData("limit=21", "\"limit\" is \"21\"")]
    [InlineData("theme=blue", "\"theme\" is \"blue\"")]
    [InlineData("lang=es", "\"lang\" is \"es\"")]
    public async Task Wrong_options_get_a_page_that_says_what_to_fix(string query, string reason)
    {
        using var response = await client.GetAsync("/embed/sessions?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(
            WebUtility.HtmlEncode(reason),
            await response.Content.ReadAsStringAsync(),
            StringComparison.Ordinal
        );
    }

    [GeneratedRegex("<time class=\"wc-eastern\" datetime=\"([^\"]+)\">([^<]+)</time>")]
    private static partial Regex TimeElement();

    [GeneratedRegex("<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex JsonLd();

    [GeneratedRegex("<(?:link rel=\"stylesheet\" href|script src)=\"([^\"]+)\"")]
    private static partial Regex Subresource();
}
