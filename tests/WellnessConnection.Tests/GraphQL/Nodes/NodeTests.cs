using System.Text;

namespace WellnessConnection.Tests.GraphQL.Nodes;

/// <summary><c>node(id:)</c> and <c>nodes(ids:)</c> over the sample content.</summary>
public sealed class NodeTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    private const string EveryTypeSlug = """
        __typename
        id
        ... on Session { slug language }
        ... on Series { slug language }
        ... on Topic { slug language }
        ... on Facilitator { slug language }
        ... on Resource { slug language }
        ... on CrisisLine { slug language }
        ... on Page { slug language }
        """;

    private readonly HttpClient client = factory.CreateClient();

    [Theory]
    [InlineData("Session", "session", "sleep-part-1")]
    [InlineData("Series", "series", "sleep")]
    [InlineData("Topic", "topic", "self-care")]
    [InlineData("Facilitator", "facilitator", "daniela-isfan")]
    [InlineData("Resource", "resource", "cma-physician-wellness-hub")]
    [InlineData("CrisisLine", "crisisLine", "988-suicide-crisis-helpline")]
    [InlineData("Page", "page", "get-support-now")]
    public async Task The_id_of_any_document_finds_it_again(string type, string field, string slug)
    {
        var id = await IdAsync(field, slug);

        var data = await client.DataAsync($"query($id: ID!) {{ node(id: $id) {{ {EveryTypeSlug} }} }}", new { id });

        Assert.Equal(type, (string?)data["node"]!["__typename"]);
        Assert.Equal(slug, (string?)data["node"]!["slug"]);
        Assert.Equal(id, (string?)data["node"]!["id"]);
    }

    [Theory]
    [InlineData("session", "mindful-digital-detox")]
    [InlineData("topic", "self-care")]
    [InlineData("crisisLine", "988-suicide-crisis-helpline")]
    public async Task Each_locale_has_its_own_id_and_node_serves_the_locale_the_id_names(string field, string slug)
    {
        var english = await IdAsync(field, slug);
        var french = await IdAsync(field, slug, "FR");

        // The locale argument does not override the id: an id names exactly what was served.
        var data = await client.DataAsync(
            $"query($en: ID!, $fr: ID!) {{ en: node(id: $en, locale: FR) {{ {EveryTypeSlug} }} "
                + $"fr: node(id: $fr) {{ {EveryTypeSlug} }} }}",
            new { en = english, fr = french }
        );

        Assert.NotEqual(english, french);
        Assert.Equal("EN", (string?)data["en"]!["language"]);
        Assert.Equal(english, (string?)data["en"]!["id"]);
        Assert.Equal("FR", (string?)data["fr"]!["language"]);
        Assert.Equal(french, (string?)data["fr"]!["id"]);
    }

    [Fact]
    public async Task An_id_without_a_locale_is_still_read_in_the_locale_asked()
    {
        var legacy = IdOf("Session:mindful-digital-detox");

        var data = await client.DataAsync(
            $"query($id: ID!) {{ node(id: $id, locale: FR) {{ {EveryTypeSlug} }} }}",
            new { id = legacy }
        );

        Assert.Equal("FR", (string?)data["node"]!["language"]);
        Assert.Equal(await IdAsync("session", "mindful-digital-detox", "FR"), (string?)data["node"]!["id"]);
    }

    [Fact]
    public async Task Nodes_come_back_in_the_order_asked_with_null_for_ids_of_nothing()
    {
        var session = await IdAsync("session", "medicine-on-the-rocks");
        var page = await IdAsync("page", "faq");
        var nothing = IdOf("Session:no-such-session");

        var data = await client.DataAsync(
            $"query($ids: [ID!]!) {{ nodes(ids: $ids) {{ {EveryTypeSlug} }} }}",
            new { ids = new[] { page, nothing, session, page } }
        );

        var nodes = data["nodes"]!.AsArray();
        Assert.Equal(4, nodes.Count);
        Assert.Equal("faq", (string?)nodes[0]!["slug"]);
        Assert.Null(nodes[1]);
        Assert.Equal("medicine-on-the-rocks", (string?)nodes[2]!["slug"]);
        Assert.Equal("faq", (string?)nodes[3]!["slug"]);
    }

    [Theory]
    [InlineData("Session:no-such-session")]
    [InlineData("Topic:sleep-part-1")]
    [InlineData("Session:example-leadership-draft")]
    [InlineData("Session:example-leadership-draft:fr")]
    [InlineData("Session:no-such-session:en")]
    public async Task An_id_of_no_published_document_gives_null_without_an_error(string decoded)
    {
        var response = await client.QueryAsync("query($id: ID!) { node(id: $id) { id } }", new { id = IdOf(decoded) });

        Assert.Empty(response.ErrorCodes());
        Assert.Null(response["data"]!["node"]);
    }

    [Theory]
    [InlineData("not an id!")]
    [InlineData("")]
    [InlineData("c2xlZXAtcGFydC0x")] // "sleep-part-1": no type
    [InlineData("U2Vzc2lvbjo=")] // "Session:": no slug
    [InlineData("V2lkZ2V0OnNsZWVw")] // "Widget:sleep": no such type
    [InlineData("U2Vzc2lvbjptaW5kZnVsLW1vcm5pbmdzOmRl")] // "Session:mindful-mornings:de": no such locale
    [InlineData("U2Vzc2lvbjptaW5kZnVsLW1vcm5pbmdzOmZyOng=")] // "Session:mindful-mornings:fr:x": one part too many
    [InlineData("U2Vzc2lvbjo6ZnI=")] // "Session::fr": no slug
    public async Task A_malformed_id_is_INVALID_ID(string id)
    {
        var response = await client.QueryAsync("query($id: ID!) { node(id: $id) { id } }", new { id });

        Assert.Equal(["INVALID_ID"], response.ErrorCodes());
        Assert.Null(response["data"]!["node"]);
    }

    [Fact]
    public async Task A_malformed_id_among_nodes_is_INVALID_ID()
    {
        var page = await IdAsync("page", "faq");

        var response = await client.QueryAsync(
            "query($ids: [ID!]!) { nodes(ids: $ids) { id } }",
            new { ids = new[] { page, "not an id!" } }
        );

        Assert.Equal(["INVALID_ID"], response.ErrorCodes());
    }

    [Fact]
    public async Task More_than_a_hundred_ids_are_refused()
    {
        var ids = Enumerable.Range(0, 101).Select(i => IdOf($"Session:s{i}")).ToArray();

        var response = await client.QueryAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids });

        Assert.Equal(["TOO_MANY_IDS"], response.ErrorCodes());
    }

    private async Task<string> IdAsync(string field, string slug, string locale = "EN")
    {
        var data = await client.DataAsync(
            $"query($slug: String!, $locale: Locale!) {{ x: {field}(slug: $slug, locale: $locale) {{ id }} }}",
            new { slug, locale }
        );
        return (string)data["x"]!["id"]!;
    }

    private static string IdOf(string decoded) => Convert.ToBase64String(Encoding.UTF8.GetBytes(decoded));
}
