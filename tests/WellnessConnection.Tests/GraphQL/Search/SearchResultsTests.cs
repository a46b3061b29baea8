using System.Text.Json.Nodes;

namespace WellnessConnection.Tests.GraphQL.Search;

/// <summary><c>searchResults</c> on the sample content: a connection with filters and facet counts.</summary>
public sealed class SearchResultsTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    private const string Query = """
        query($query: String!, $first: Int, $after: String, $types: [DocumentType!], $topics: [String!],
              $language: Locale, $locale: Locale! = EN) {
          searchResults(query: $query, first: $first, after: $after, types: $types, topics: $topics,
                        language: $language, locale: $locale) {
            totalCount
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
            edges { cursor node { score snippet node { __typename id ... on Session { slug } } } }
            facets { types { type count } topics { topic { slug } count } }
          }
        }
        """;

    private static readonly string[] Sessions = ["SESSION"];
    private static readonly string[] SelfCare = ["self-care"];
    private static readonly string[] Leadership = ["leadership-and-professional-development"];
    private static readonly string[] NoSuchTopic = ["no-such-topic"];

    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task Pages_follow_each_other_without_gaps_or_repeats_and_add_up_to_the_total()
    {
        var all = await SearchAsync(new { query = "sleep", first = 50 });
        var ids = new List<string>();
        string? after = null;
        JsonNode page;
        do
        {
            page = await SearchAsync(
                new
                {
                    query = "sleep",
                    first = 2,
                    after,
                }
            );
            ids.AddRange(Ids(page));
            after = (string?)page["pageInfo"]!["endCursor"];
        } while ((bool)page["pageInfo"]!["hasNextPage"]!);

        Assert.Equal(6, (int)all["totalCount"]!);
        Assert.Equal(Ids(all), ids);
        Assert.Equal(6, ids.Distinct().Count());
        Assert.True((bool)page["pageInfo"]!["hasPreviousPage"]!);
    }

    [Fact]
    public async Task Types_and_topics_narrow_the_results_and_each_facet_ignores_only_its_own_filter()
    {
        var results = await SearchAsync(
            new
            {
                query = "sleep",
                types = Sessions,
                topics = SelfCare,
            }
        );

        Assert.Equal(["example-sleep-part-2", "sleep-part-1"], Slugs(results));
        Assert.Equal(2, (int)results["totalCount"]!);
        Assert.Equal(["SESSION 2", "RESOURCE 1"], Counts(results["facets"]!["types"]!, "type"));
        Assert.Equal(["self-care 2", "sleep 2", "stress 1"], Counts(results["facets"]!["topics"]!, "topic"));
    }

    [Fact]
    public async Task The_language_filter_keeps_documents_served_in_that_language()
    {
        var french = await SearchAsync(
            new
            {
                query = "seance",
                locale = "FR",
                language = "FR",
            }
        );
        var english = await SearchAsync(
            new
            {
                query = "sleep",
                locale = "FR",
                language = "FR",
            }
        );
        var fallbacks = await SearchAsync(
            new
            {
                query = "sleep",
                locale = "FR",
                language = "EN",
            }
        );

        Assert.True((int)french["totalCount"]! > 0);
        Assert.Equal(0, (int)english["totalCount"]!);
        Assert.Equal(6, (int)fallbacks["totalCount"]!);
    }

    [Theory]
    [InlineData("seance")]
    [InlineData("SEANCE")]
    [InlineData("Séance")]
    [InlineData("séances")]
    public async Task Matching_ignores_case_and_accents(string query)
    {
        var results = await SearchAsync(new { query, locale = "FR" });

        Assert.Contains("Topic", results["edges"]!.AsArray().Select(e => (string?)e!["node"]!["node"]!["__typename"]));
        Assert.Contains(
            "<mark>Séances</mark>",
            (string?)results["edges"]![0]!["node"]!["snippet"],
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task A_draft_is_neither_found_nor_counted()
    {
        var byWord = await SearchAsync(new { query = "leading through change" });
        var byTopic = await SearchAsync(new { query = "example", topics = Leadership });
        var everything = await SearchAsync(new { query = "example", first = 50 });

        Assert.Equal(0, (int)byWord["totalCount"]!);
        Assert.DoesNotContain("example-leadership-draft", Slugs(byTopic));
        Assert.DoesNotContain("example-leadership-draft", Slugs(everything));
        Assert.Equal(
            Slugs(everything).Count(s => s is not null),
            Counts(everything["facets"]!["types"]!, "type")
                .Where(c => c.StartsWith("SESSION", StringComparison.Ordinal))
                .Select(c => int.Parse(c.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture))
                .Single()
        );
    }

    [Fact]
    public async Task An_unknown_topic_finds_nothing_and_a_bad_cursor_or_too_many_values_are_refused()
    {
        var unknown = await SearchAsync(new { query = "sleep", topics = NoSuchTopic });
        var badCursor = await client.QueryAsync(Query, new { query = "sleep", after = "bm90IGEgY3Vyc29y" });
        var tooMany = await client.QueryAsync(
            Query,
            new { query = "sleep", topics = Enumerable.Range(0, 51).Select(i => $"t{i}").ToArray() }
        );

        Assert.Equal(0, (int)unknown["totalCount"]!);
        Assert.Equal(["INVALID_CURSOR"], badCursor.ErrorCodes());
        Assert.Equal(["BAD_FILTER"], tooMany.ErrorCodes());
    }

    private async Task<JsonNode> SearchAsync(object variables) =>
        (await client.DataAsync(Query, variables))["searchResults"]!;

    private static List<string> Ids(JsonNode results) =>
        [.. results["edges"]!.AsArray().Select(e => (string)e!["node"]!["node"]!["id"]!)];

    private static List<string?> Slugs(JsonNode results) =>
        [.. results["edges"]!.AsArray().Select(e => (string?)e!["node"]!["node"]!["slug"])];

    private static List<string> Counts(JsonNode facet, string key) =>
        [
            .. facet
                .AsArray()
                .Select(c =>
                    $"{(c![key] is JsonObject topic ? (string?)topic["slug"] : (string?)c[key])} {(int)c["count"]!}"
                ),
        ];
}
