using System.Net;
using System.Text.Json.Nodes;
using WellnessConnection.Tests.GraphQL;

namespace WellnessConnection.Tests.Embed;

/// <summary><c>/oembed</c>: what a CMS asks to turn a listing's URL into an embed.</summary>
public sealed class OEmbedTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task A_listing_url_becomes_a_rich_embed_of_its_iframe()
    {
        using var response = await client.GetAsync(
            "/oembed?format=json&url=" + Uri.EscapeDataString("http://localhost/embed/sessions?limit=3&topic=sleep")
        );

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("1.0", (string?)json["version"]);
        Assert.Equal("rich", (string?)json["type"]);
        Assert.Equal("Upcoming sessions – Wellness Connection", (string?)json["title"]);
        Assert.Equal("Wellness Connection", (string?)json["provider_name"]);
        Assert.Equal("http://localhost/", (string?)json["provider_url"]);
        Assert.Equal(3600, (int?)json["cache_age"]);
        Assert.Equal(600, (int?)json["width"]);
        Assert.Equal(740, (int?)json["height"]);
        Assert.Equal(
            "<iframe src=\"http://localhost/embed/sessions?topic=sleep&amp;limit=3\" title=\"Upcoming sessions – "
                + "Wellness Connection\" width=\"600\" height=\"740\" style=\"border:0;max-width:100%\" "
                + "loading=\"lazy\"></iframe>",
            (string?)json["html"]
        );
    }

    [Fact]
    public async Task The_embed_fits_the_maximum_size_the_consumer_asks_for()
    {
        var json = JsonNode.Parse(
            await client.GetStringAsync(
                "/oembed?maxwidth=320&maxheight=400&url="
                    + Uri.EscapeDataString("http://localhost/embed/sessions?lang=fr")
            )
        )!;

        Assert.Equal(320, (int?)json["width"]);
        Assert.Equal(400, (int?)json["height"]);
        Assert.Equal("Séances à venir – Wellness Connection", (string?)json["title"]);
    }

    [Theory]
    [InlineData("https://elsewhere.example.org/embed/sessions")]
    [InlineData("http://localhost/feeds/sessions.ics")]
    [InlineData("http://localhost/embed/sessions?limit=100")]
    [InlineData("not a url")]
    public async Task Other_urls_are_not_found(string url)
    {
        using var response = await client.GetAsync("/oembed?url=" + Uri.EscapeDataString(url));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Formats_other_than_json_are_not_implemented()
    {
        using var response = await client.GetAsync(
            "/oembed?format=xml&url=" + Uri.EscapeDataString("http://localhost/embed/sessions")
        );

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }
}
