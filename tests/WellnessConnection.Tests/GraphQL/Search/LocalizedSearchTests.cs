using System.Text.Json.Nodes;

namespace WellnessConnection.Tests.GraphQL.Search;

/// <summary>Search in French over the sample content, where only mindful-digital-detox, self-care and 988 are
/// translated.</summary>
public sealed class LocalizedSearchTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    private const string Query = """
        query($query: String!, $locale: Locale!) {
          search(query: $query, locale: $locale) { snippet node { __typename ... on Session { slug title language } } }
        }
        """;

    [Theory]
    [InlineData("désintoxication")]
    [InlineData("desintoxication")]
    [InlineData("DÉSINTOX")]
    public async Task A_French_search_finds_the_French_text_with_or_without_accents(string query)
    {
        var hits = await HitsAsync(query, "FR");

        var hit = Assert.Single(hits);
        Assert.Equal("mindful-digital-detox", (string?)hit!["node"]!["slug"]);
        Assert.Equal("FR", (string?)hit["node"]!["language"]);
    }

    [Fact]
    public async Task A_snippet_keeps_French_letters_readable()
    {
        var hit = Assert.Single(await HitsAsync("désintoxication", "FR"));

        Assert.Equal("<mark>Désintoxication</mark> numérique en pleine conscience", (string?)hit!["snippet"]);
    }

    [Fact]
    public async Task An_English_search_does_not_see_the_French_text()
    {
        Assert.Empty(await HitsAsync("désintoxication", "EN"));
    }

    [Fact]
    public async Task A_French_search_does_not_see_the_English_text_of_a_translated_document()
    {
        Assert.Single(await HitsAsync("unplugging", "EN"));
        Assert.Empty(await HitsAsync("unplugging", "FR"));
    }

    [Fact]
    public async Task A_French_search_falls_back_to_the_English_text_of_untranslated_documents()
    {
        var hits = await HitsAsync("chronotypes", "FR");

        var hit = Assert.Single(hits);
        Assert.Equal("sleep-part-1", (string?)hit!["node"]!["slug"]);
        Assert.Equal("EN", (string?)hit["node"]!["language"]);
    }

    private async Task<IReadOnlyList<JsonNode?>> HitsAsync(string query, string locale)
    {
        var data = await factory.CreateClient().DataAsync(Query, new { query, locale });
        return [.. data["search"]!.AsArray()];
    }
}
