namespace WellnessConnection.Tests.GraphQL;

/// <summary>The root fields that find one document by slug, over the sample content.</summary>
public sealed class SlugLookupTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    [Theory]
    [InlineData("session")]
    [InlineData("series")]
    [InlineData("topic")]
    [InlineData("facilitator")]
    [InlineData("resource")]
    [InlineData("crisisLine")]
    [InlineData("page")]
    public async Task An_unknown_slug_gives_null_without_an_error(string field)
    {
        var response = await factory
            .CreateClient()
            .QueryAsync($"{{ x: {field}(slug: \"no-such-slug\") {{ id slug }} }}");

        Assert.Empty(response.ErrorCodes());
        Assert.Null(response["data"]!["x"]);
    }

    [Theory]
    [InlineData("session", "sleep-part-1")]
    [InlineData("series", "sleep")]
    [InlineData("topic", "sleep")]
    [InlineData("facilitator", "sharman-robertson")]
    [InlineData("resource", "cmpa-physician-wellness")]
    [InlineData("crisisLine", "oma-physician-health-program")]
    [InlineData("page", "faq")]
    public async Task A_known_slug_gives_its_document(string field, string slug)
    {
        var data = await factory.CreateClient().DataAsync($"{{ x: {field}(slug: \"{slug}\") {{ slug }} }}");

        Assert.Equal(slug, (string?)data["x"]!["slug"]);
    }

    [Theory]
    [InlineData("Sleep-Part-1")]
    [InlineData("sleep-part-1 ")]
    [InlineData("2023-12-05-sleep-part-1")]
    [InlineData("sleep-part-1.md")]
    public async Task A_slug_must_be_given_exactly(string slug)
    {
        var response = await factory
            .CreateClient()
            .QueryAsync("query($slug: String!) { session(slug: $slug) { slug } }", new { slug });

        Assert.Empty(response.ErrorCodes());
        Assert.Null(response["data"]!["session"]);
    }
}
