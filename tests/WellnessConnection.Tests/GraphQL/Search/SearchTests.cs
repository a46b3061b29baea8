using System.Text.Json.Nodes;

namespace WellnessConnection.Tests.GraphQL.Search;

/// <summary>
/// Search over the search fixture: rest-versus-work, whose body is "When rest &lt; work, recovery suffers &amp; sleep
/// follows.", and unannounced-recovery, a draft about recovery.
/// </summary>
public sealed class SearchTests(SearchApiFactory factory) : IClassFixture<SearchApiFactory>
{
    private const string Query = """
        query($query: String!) { search(query: $query) { score snippet node { __typename ... on Session { slug } } } }
        """;

    private readonly HttpClient client = factory.CreateClient();

    [Theory]
    [InlineData("suffers")]
    [InlineData("SUFFERS")]
    [InlineData("recovery suffers")]
    [InlineData("suff")]
    [InlineData("recovery suff")]
    public async Task A_word_or_the_start_of_the_last_word_finds_the_session_whose_body_has_it(string query)
    {
        var hits = await HitsAsync(query);

        Assert.Equal(["rest-versus-work"], hits.Select(h => (string?)h!["node"]!["slug"]));
        Assert.Equal("Session", (string?)hits[0]!["node"]!["__typename"]);
    }

    [Theory]
    [InlineData("suff recovery")]
    [InlineData("recovery nothing")]
    [InlineData("sufferers")]
    public async Task Every_word_must_match_and_only_the_last_one_as_a_prefix(string query)
    {
        Assert.Empty(await HitsAsync(query));
    }

    [Fact]
    public async Task The_snippet_escapes_the_text_and_marks_the_matches()
    {
        var hits = await HitsAsync("recovery");

        Assert.Equal(
            "When rest &lt; work, <mark>recovery</mark> suffers &amp; sleep follows.",
            (string?)hits[0]!["snippet"]
        );
    }

    [Fact]
    public async Task Drafts_are_never_found()
    {
        var hits = await HitsAsync("recovery");

        Assert.DoesNotContain("unannounced-recovery", hits.Select(h => (string?)h!["node"]!["slug"]));
        Assert.Empty(await HitsAsync("unannounced"));
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("\"recovery")]
    [InlineData("recovery\"")]
    [InlineData("*")]
    [InlineData("recov*")]
    [InlineData("AND")]
    [InlineData("recovery AND")]
    [InlineData("NOT recovery")]
    [InlineData("recovery OR")]
    [InlineData("(")]
    [InlineData("(recovery")]
    [InlineData("recovery)")]
    [InlineData("title:recovery")]
    [InlineData("rec^overy")]
    [InlineData("NEAR(recovery sleep)")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("'; DROP TABLE Sessions; --")]
    public async Task Search_syntax_in_the_input_is_taken_as_text_and_never_an_error(string query)
    {
        var response = await client.QueryAsync(Query, new { query });

        Assert.Empty(response.ErrorCodes());
        Assert.NotNull(response["data"]!["search"]);
    }

    [Fact]
    public async Task Operators_typed_as_words_are_searched_as_words()
    {
        Assert.Empty(await HitsAsync("recovery OR nothing"));
        Assert.Equal(["rest-versus-work"], (await HitsAsync("(recovery*)")).Select(h => (string?)h!["node"]!["slug"]));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(51)]
    public async Task A_result_count_out_of_bounds_is_BAD_PAGE_SIZE(int first)
    {
        var response = await client.QueryAsync(
            "query($first: Int) { search(query: \"recovery\", first: $first) { score } }",
            new { first }
        );

        Assert.Equal(["BAD_PAGE_SIZE"], response.ErrorCodes());
    }

    private async Task<IReadOnlyList<JsonNode?>> HitsAsync(string query)
    {
        var data = await client.DataAsync(Query, new { query });
        return [.. data["search"]!.AsArray()];
    }
}
