using WellnessConnection.Tests.GraphQL;

namespace WellnessConnection.Tests.Feeds;

/// <summary>
/// A filter naming a draft must answer exactly as one naming nothing: otherwise <c>?topic=</c> tells an anonymous
/// client that a draft exists, and lists the published sessions already linked to it. The drafts fixture's
/// open-discussion is published and lists draft-topic, draft-series and draft-facilitator.
/// </summary>
public sealed class DraftFilterTests(DraftsApiFactory factory) : IClassFixture<DraftsApiFactory>
{
    private const string Unknown = "no-such-slug";

    private readonly HttpClient client = factory.CreateClient();

    public static TheoryData<string, string> DraftFilters =>
        new()
        {
            { "/feeds/sessions.ics?FILTER", "topic=draft-topic" },
            { "/feeds/sessions.ics?FILTER", "series=draft-series" },
            { "/feeds/sessions.ics?FILTER", "facilitator=draft-facilitator" },
            { "/feeds/sessions.atom?FILTER", "topic=draft-topic" },
            { "/feeds/sessions.atom?FILTER", "series=draft-series" },
            { "/feeds/sessions.atom?FILTER", "facilitator=draft-facilitator" },
            { "/embed/sessions?FILTER", "topic=draft-topic" },
            { "/embed/sessions?FILTER", "series=draft-series" },
            { "/embed/sessions?FILTER", "facilitator=draft-facilitator" },
            { "/oembed?url=http://localhost/embed/sessions%3FFILTER", "topic=draft-topic" },
        };

    [Theory]
    [MemberData(nameof(DraftFilters))]
    public async Task A_draft_slug_answers_as_an_unknown_slug(string path, string filter)
    {
        var slug = filter[(filter.IndexOf('=') + 1)..];
        var draft = await client.GetAsync(path.Replace("FILTER", filter, StringComparison.Ordinal));
        var unknown = await client.GetAsync(
            path.Replace("FILTER", filter.Replace(slug, Unknown, StringComparison.Ordinal), StringComparison.Ordinal)
        );

        Assert.Equal(unknown.StatusCode, draft.StatusCode);
        Assert.Equal(unknown.Content.Headers.ContentType, draft.Content.Headers.ContentType);
        Assert.Equal(
            Normalised(await unknown.Content.ReadAsStringAsync(), Unknown),
            Normalised(await draft.Content.ReadAsStringAsync(), slug)
        );
        Assert.DoesNotContain("open-discussion", await draft.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/feeds/sessions.ics?topic=self-care")]
    [InlineData("/feeds/sessions.atom?facilitator=daniela-isfan")]
    [InlineData("/embed/sessions?topic=self-care")]
    public async Task A_published_slug_still_selects_its_sessions(string path)
    {
        Assert.Contains("open-discussion", await client.GetStringAsync(path));
    }

    /// <summary>The body with the slug asked for, which the feeds echo in their links, made neutral.</summary>
    private static string Normalised(string body, string slug) => body.Replace(slug, "SLUG", StringComparison.Ordinal);
}
