using System.Text;

namespace WellnessConnection.Tests.GraphQL.Common;

/// <summary>
/// Drafts are never served, whatever the entry point. The drafts fixture has a draft of every type (sleep-part-2,
/// with a French translation; draft-topic, draft-facilitator, draft-series, draft-resource, draft-page, draft-line),
/// each with the word "zanzibar", and open-discussion, a published session that lists some of those drafts.
/// </summary>
public sealed class DraftVisibilityTests(DraftsApiFactory factory) : IClassFixture<DraftsApiFactory>
{
    private static readonly string[] DraftsThenOnePublished =
    [
        "Session:sleep-part-2",
        "Series:draft-series",
        "Topic:draft-topic",
        "Facilitator:draft-facilitator",
        "Resource:draft-resource",
        "CrisisLine:draft-line",
        "Page:draft-page",
        "Session:sleep-part-1",
    ];

    private readonly HttpClient client = factory.CreateClient();

    [Theory]
    [InlineData("EN")]
    [InlineData("FR")]
    public async Task Session_lists_leave_drafts_out(string locale)
    {
        var data = await client.DataAsync(
            """
            query($locale: Locale!) {
              sessions(locale: $locale) { totalCount nodes { slug } }
              upcomingSessions(locale: $locale) { totalCount nodes { slug } }
            }
            """,
            new { locale }
        );

        Assert.Equal(["sleep-part-1", "open-discussion"], data["sessions"].Slugs());
        Assert.Equal(2, (int)data["sessions"]!["totalCount"]!);
        Assert.Equal(["sleep-part-1", "open-discussion"], data["upcomingSessions"].Slugs());
        Assert.Equal(2, (int)data["upcomingSessions"]!["totalCount"]!);
    }

    [Fact]
    public async Task Every_other_list_leaves_drafts_out()
    {
        var data = await client.DataAsync(
            """
            {
              allSeries { totalCount nodes { slug } }
              topics { totalCount nodes { slug } }
              facilitators { totalCount nodes { slug } }
              resources { totalCount nodes { slug } }
              pages { totalCount nodes { slug } }
              crisisLines { slug }
            }
            """
        );

        Assert.Equal(["sleep"], data["allSeries"].Slugs());
        Assert.Equal(["self-care"], data["topics"].Slugs());
        Assert.Equal(["daniela-isfan"], data["facilitators"].Slugs());
        Assert.Empty(data["resources"].Slugs());
        Assert.Empty(data["pages"].Slugs());
        Assert.Empty(data["crisisLines"].Slugs());
        Assert.Equal(0, (int)data["resources"]!["totalCount"]!);
    }

    [Theory]
    [InlineData("session", "sleep-part-2", "EN")]
    [InlineData("session", "sleep-part-2", "FR")]
    [InlineData("series", "draft-series", "EN")]
    [InlineData("topic", "draft-topic", "EN")]
    [InlineData("facilitator", "draft-facilitator", "EN")]
    [InlineData("resource", "draft-resource", "EN")]
    [InlineData("crisisLine", "draft-line", "EN")]
    [InlineData("page", "draft-page", "FR")]
    public async Task A_draft_asked_for_by_slug_is_null(string field, string slug, string locale)
    {
        var response = await client.QueryAsync($"{{ x: {field}(slug: \"{slug}\", locale: {locale}) {{ slug }} }}");

        Assert.Empty(response.ErrorCodes());
        Assert.Null(response["data"]!["x"]);
    }

    [Fact]
    public async Task A_draft_asked_for_by_id_is_null()
    {
        var ids = DraftsThenOnePublished.Select(id => Convert.ToBase64String(Encoding.UTF8.GetBytes(id))).ToArray();

        var data = await client.DataAsync(
            """
            query($ids: [ID!]!, $id: ID!) {
              nodes(ids: $ids) { id }
              node(id: $id) { id }
              fr: node(id: $id, locale: FR) { id }
            }
            """,
            new { ids, id = ids[0] }
        );

        Assert.Equal(8, data["nodes"]!.AsArray().Count);
        Assert.All(data["nodes"]!.AsArray().Take(7), Assert.Null);
        Assert.NotNull(data["nodes"]![7]);
        Assert.Null(data["node"]);
        Assert.Null(data["fr"]);
    }

    [Theory]
    [InlineData("EN")]
    [InlineData("FR")]
    public async Task Search_never_finds_a_draft(string locale)
    {
        var data = await client.DataAsync(
            "query($locale: Locale!) { search(query: \"zanzibar\", locale: $locale) { node { id } } }",
            new { locale }
        );

        Assert.Empty(data["search"]!.AsArray());
    }

    [Fact]
    public async Task A_topic_facilitator_or_series_lists_its_published_sessions_only()
    {
        var data = await client.DataAsync(
            """
            {
              topic(slug: "self-care") { sessions { totalCount nodes { slug } } }
              facilitator(slug: "daniela-isfan") { sessions { totalCount nodes { slug } } }
              series(slug: "sleep") { parts { slug part } }
            }
            """
        );

        Assert.Equal(["sleep-part-1", "open-discussion"], data["topic"]!["sessions"].Slugs());
        Assert.Equal(2, (int)data["topic"]!["sessions"]!["totalCount"]!);
        Assert.Equal(["sleep-part-1", "open-discussion"], data["facilitator"]!["sessions"].Slugs());
        Assert.Equal(["sleep-part-1"], data["series"]!["parts"].Slugs());
    }

    [Fact]
    public async Task A_published_session_does_not_show_the_drafts_it_lists()
    {
        var data = await client.DataAsync(
            """{ session(slug: "open-discussion") { topics { slug } facilitators { slug } series { slug } part } }"""
        );

        var session = data["session"]!;
        Assert.Equal(["self-care"], session["topics"].Slugs());
        Assert.Equal(["daniela-isfan"], session["facilitators"].Slugs());
        Assert.Null(session["series"]);
    }

    [Theory]
    [InlineData("""{ topics: { some: { slug: { eq: "draft-topic" } } } }""", "")]
    [InlineData("""{ topics: { some: { name: { startsWith: "Draft" } } } }""", "")]
    [InlineData("""{ topics: { all: { slug: { eq: "self-care" } } } }""", "sleep-part-1 open-discussion")]
    [InlineData("""{ topics: { none: { slug: { eq: "draft-topic" } } } }""", "sleep-part-1 open-discussion")]
    [InlineData("""{ facilitators: { some: { slug: { eq: "draft-facilitator" } } } }""", "")]
    [InlineData("""{ facilitators: { all: { slug: { eq: "daniela-isfan" } } } }""", "sleep-part-1 open-discussion")]
    [InlineData("""{ series: { slug: { eq: "draft-series" } } }""", "")]
    [InlineData("""{ series: { title: { contains: "draft" } } }""", "")]
    public async Task Filters_see_the_related_documents_a_session_shows_and_no_drafts(string where, string expected)
    {
        var data = await client.DataAsync($"{{ sessions(where: {where}) {{ nodes {{ slug }} }} }}");

        Assert.Equal(SlugList.From(expected), data["sessions"].Slugs());
    }

    [Fact]
    public async Task A_topic_lists_its_published_resources_only()
    {
        var data = await client.DataAsync("""{ topic(slug: "self-care") { resources { slug } } }""");

        Assert.Empty(data["topic"]!["resources"].Slugs());
    }
}
