using System.Text.Json.Nodes;

namespace WellnessConnection.Tests.GraphQL.Paging;

/// <summary>
/// Relay paging over the six catalogue sessions, by start: sleep-basics, sleep-and-shift-work, burnout-check-in,
/// resilience-in-training, resilience-at-work, mindful-mornings.
/// </summary>
public sealed class PagingTests(CatalogueApiFactory factory) : IClassFixture<CatalogueApiFactory>
{
    private const string Query = """
        query($first: Int, $after: String, $last: Int, $before: String, $where: SessionFilterInput) {
          sessions(first: $first, after: $after, last: $last, before: $before, where: $where) {
            totalCount
            nodes { slug }
            edges { cursor node { slug } }
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
          }
        }
        """;

    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task The_first_page_says_more_follow_and_none_precede()
    {
        var page = await PageAsync(new { first = 2 });

        Assert.Equal(["sleep-basics", "sleep-and-shift-work"], page.Slugs());
        Assert.True(HasNext(page));
        Assert.False(HasPrevious(page));
        Assert.Equal(6, (int)page["totalCount"]!);
    }

    [Fact]
    public async Task Following_endCursor_walks_every_session_once_and_stops()
    {
        var slugs = new List<string>();
        var page = await PageAsync(new { first = 2 });
        slugs.AddRange(page.Slugs());
        while (HasNext(page))
        {
            page = await PageAsync(new { first = 2, after = EndCursor(page) });
            Assert.True(HasPrevious(page));
            slugs.AddRange(page.Slugs());
        }

        Assert.Equal(
            SlugList.From(
                "sleep-basics sleep-and-shift-work burnout-check-in resilience-in-training resilience-at-work "
                    + "mindful-mornings"
            ),
            slugs
        );
    }

    [Fact]
    public async Task Without_first_a_page_holds_up_to_fifty_sessions()
    {
        var page = await PageAsync(new { });

        Assert.Equal(6, page.Slugs().Count);
        Assert.False(HasNext(page));
        Assert.False(HasPrevious(page));
    }

    [Fact]
    public async Task The_last_page_is_asked_for_with_last()
    {
        var page = await PageAsync(new { last = 2 });

        Assert.Equal(["resilience-at-work", "mindful-mornings"], page.Slugs());
        Assert.True(HasPrevious(page));
        Assert.False(HasNext(page));
    }

    [Fact]
    public async Task Last_larger_than_the_list_returns_the_whole_list()
    {
        var page = await PageAsync(new { last = 100 });

        Assert.Equal(6, page.Slugs().Count);
        Assert.False(HasPrevious(page));
        Assert.False(HasNext(page));
    }

    [Fact]
    public async Task Following_startCursor_backwards_walks_every_session_once()
    {
        var slugs = new List<string>();
        var page = await PageAsync(new { last = 4 });
        slugs.InsertRange(0, page.Slugs());
        while (HasPrevious(page))
        {
            page = await PageAsync(new { last = 4, before = StartCursor(page) });
            Assert.True(HasNext(page));
            slugs.InsertRange(0, page.Slugs());
        }

        Assert.Equal(
            SlugList.From(
                "sleep-basics sleep-and-shift-work burnout-check-in resilience-in-training resilience-at-work "
                    + "mindful-mornings"
            ),
            slugs
        );
    }

    [Fact]
    public async Task After_the_last_cursor_the_page_is_empty_and_nothing_follows()
    {
        var all = await PageAsync(new { });

        var page = await PageAsync(new { first = 2, after = EndCursor(all) });

        Assert.Empty(page.Slugs());
        Assert.False(HasNext(page));
        Assert.True(HasPrevious(page));
        Assert.Null(page["pageInfo"]!["startCursor"]);
        Assert.Null(page["pageInfo"]!["endCursor"]);
    }

    [Fact]
    public async Task Before_the_first_cursor_the_page_is_empty_and_nothing_precedes()
    {
        var all = await PageAsync(new { });

        var page = await PageAsync(new { last = 2, before = StartCursor(all) });

        Assert.Empty(page.Slugs());
        Assert.False(HasPrevious(page));
    }

    [Fact]
    public async Task After_and_before_together_bound_the_page_on_both_sides()
    {
        var cursors = await CursorsAsync();

        var page = await PageAsync(new { after = cursors[0], before = cursors[4] });

        Assert.Equal(["sleep-and-shift-work", "burnout-check-in", "resilience-in-training"], page.Slugs());
        Assert.True(HasPrevious(page));
        Assert.True(HasNext(page));
    }

    [Fact]
    public async Task First_within_after_and_before_takes_the_start_of_the_window()
    {
        var cursors = await CursorsAsync();

        var page = await PageAsync(
            new
            {
                first = 2,
                after = cursors[0],
                before = cursors[4],
            }
        );

        Assert.Equal(["sleep-and-shift-work", "burnout-check-in"], page.Slugs());
        Assert.True(HasNext(page));
    }

    [Fact]
    public async Task Last_within_after_and_before_takes_the_end_of_the_window()
    {
        var cursors = await CursorsAsync();

        var page = await PageAsync(
            new
            {
                last = 2,
                after = cursors[0],
                before = cursors[4],
            }
        );

        Assert.Equal(["burnout-check-in", "resilience-in-training"], page.Slugs());
        Assert.True(HasPrevious(page));
        Assert.True(HasNext(page));
    }

    [Fact]
    public async Task Last_larger_than_the_window_between_after_and_before_returns_the_window()
    {
        var cursors = await CursorsAsync();

        var page = await PageAsync(
            new
            {
                last = 10,
                after = cursors[0],
                before = cursors[4],
            }
        );

        Assert.Equal(["sleep-and-shift-work", "burnout-check-in", "resilience-in-training"], page.Slugs());
        Assert.False(HasPrevious(page));
    }

    [Fact]
    public async Task First_zero_returns_no_session_but_says_some_follow_and_counts_them()
    {
        var page = await PageAsync(new { first = 0 });

        Assert.Empty(page.Slugs());
        Assert.True(HasNext(page));
        Assert.False(HasPrevious(page));
        Assert.Equal(6, (int)page["totalCount"]!);
    }

    [Fact]
    public async Task An_empty_result_has_no_cursors_and_no_pages_either_side()
    {
        var page = await PageAsync(new { first = 10, where = new { title = new { eq = "No such session" } } });

        Assert.Empty(page.Slugs());
        Assert.Equal(0, (int)page["totalCount"]!);
        Assert.False(HasNext(page));
        Assert.False(HasPrevious(page));
        Assert.Null(page["pageInfo"]!["startCursor"]);
        Assert.Null(page["pageInfo"]!["endCursor"]);
    }

    [Fact]
    public async Task TotalCount_counts_the_filtered_list_not_the_page()
    {
        var page = await PageAsync(new { first = 1, where = new { status = new { eq = "SCHEDULED" } } });

        Assert.Equal(["sleep-basics"], page.Slugs());
        Assert.Equal(3, (int)page["totalCount"]!);
    }

    [Fact]
    public async Task Edges_carry_the_nodes_and_the_cursors_of_pageInfo()
    {
        var page = await PageAsync(new { first = 3, after = (await CursorsAsync())[0] });

        var edges = page["edges"]!.AsArray();
        Assert.Equal(page.Slugs(), edges.Select(e => (string)e!["node"]!["slug"]!));
        Assert.Equal(StartCursor(page), (string?)edges[0]!["cursor"]);
        Assert.Equal(EndCursor(page), (string?)edges[^1]!["cursor"]);
        Assert.Equal(3, edges.Select(e => (string?)e!["cursor"]).Distinct().Count());
    }

    [Fact]
    public async Task Nested_session_lists_page_the_same_way()
    {
        var data = await client.DataAsync(
            """
            { facilitator(slug: "alex-chen") {
                sessions(first: 2) { totalCount nodes { slug } pageInfo { hasNextPage endCursor } } } }
            """
        );

        var sessions = data["facilitator"]!["sessions"]!;
        Assert.Equal(["sleep-basics", "sleep-and-shift-work"], sessions.Slugs());
        Assert.Equal(3, (int)sessions["totalCount"]!);
        Assert.True((bool)sessions["pageInfo"]!["hasNextPage"]!);
    }

    private async Task<IReadOnlyList<string>> CursorsAsync()
    {
        var page = await PageAsync(new { });
        return page["edges"]!.AsArray().Select(e => (string)e!["cursor"]!).ToList();
    }

    private async Task<JsonNode> PageAsync(object variables) => (await client.DataAsync(Query, variables))["sessions"]!;

    private static bool HasNext(JsonNode page) => (bool)page["pageInfo"]!["hasNextPage"]!;

    private static bool HasPrevious(JsonNode page) => (bool)page["pageInfo"]!["hasPreviousPage"]!;

    private static string? StartCursor(JsonNode page) => (string?)page["pageInfo"]!["startCursor"];

    private static string? EndCursor(JsonNode page) => (string?)page["pageInfo"]!["endCursor"];
}
