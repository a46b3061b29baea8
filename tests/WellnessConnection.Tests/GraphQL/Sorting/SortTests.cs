namespace WellnessConnection.Tests.GraphQL.Sorting;

/// <summary>
/// <c>order</c> over the catalogue. Sessions by start: sleep-basics (60 min, part 1), sleep-and-shift-work (90, part
/// 2), burnout-check-in (45), resilience-in-training (60, part 1), resilience-at-work (90, part 2), mindful-mornings
/// (30).
/// </summary>
public sealed class SortTests(CatalogueApiFactory factory) : IClassFixture<CatalogueApiFactory>
{
    [Theory]
    [InlineData(
        "",
        "sleep-basics sleep-and-shift-work burnout-check-in resilience-in-training resilience-at-work mindful-mornings"
    )]
    [InlineData(
        "{ startsAt: ASC }",
        "sleep-basics sleep-and-shift-work burnout-check-in resilience-in-training resilience-at-work mindful-mornings"
    )]
    [InlineData(
        "{ startsAt: DESC }",
        "mindful-mornings resilience-at-work resilience-in-training burnout-check-in sleep-and-shift-work sleep-basics"
    )]
    [InlineData(
        "{ title: ASC }",
        "burnout-check-in mindful-mornings resilience-at-work resilience-in-training sleep-and-shift-work sleep-basics"
    )]
    [InlineData(
        "{ title: DESC }",
        "sleep-basics sleep-and-shift-work resilience-in-training resilience-at-work mindful-mornings burnout-check-in"
    )]
    [InlineData(
        "{ slug: ASC }",
        "burnout-check-in mindful-mornings resilience-at-work resilience-in-training sleep-and-shift-work sleep-basics"
    )]
    [InlineData(
        "{ slug: DESC }",
        "sleep-basics sleep-and-shift-work resilience-in-training resilience-at-work mindful-mornings burnout-check-in"
    )]
    public async Task Sessions_sort_on_one_field_either_way(string order, string expected)
    {
        Assert.Equal(SlugList.From(expected), await SessionSlugsAsync(order));
    }

    [Theory]
    [InlineData(
        "{ durationMinutes: ASC }, { title: ASC }",
        "mindful-mornings burnout-check-in resilience-in-training sleep-basics resilience-at-work sleep-and-shift-work"
    )]
    [InlineData(
        "{ durationMinutes: DESC }, { startsAt: DESC }",
        "resilience-at-work sleep-and-shift-work resilience-in-training sleep-basics burnout-check-in mindful-mornings"
    )]
    [InlineData(
        "{ part: DESC }, { slug: ASC }",
        "resilience-at-work sleep-and-shift-work resilience-in-training sleep-basics burnout-check-in mindful-mornings"
    )]
    public async Task Each_further_sort_key_breaks_the_ties_of_the_previous_one(string order, string expected)
    {
        Assert.Equal(SlugList.From(expected), await SessionSlugsAsync(order));
    }

    [Fact]
    public async Task Sessions_without_a_part_come_first_in_ascending_part_order()
    {
        Assert.Equal(
            SlugList.From(
                "burnout-check-in mindful-mornings resilience-in-training sleep-basics resilience-at-work "
                    + "sleep-and-shift-work"
            ),
            await SessionSlugsAsync("{ part: ASC }, { slug: ASC }")
        );
    }

    [Fact]
    public async Task Ties_on_every_key_given_keep_a_stable_order_across_pages()
    {
        const string Query = """
            query($after: String) {
              sessions(order: [{ durationMinutes: ASC }], first: 2, after: $after) {
                nodes { slug } pageInfo { endCursor } }
            }
            """;
        var client = factory.CreateClient();
        var slugs = new List<string>();
        string? after = null;
        for (var page = 0; page < 3; page++)
        {
            var data = await client.DataAsync(Query, new { after });
            slugs.AddRange(data["sessions"].Slugs());
            after = (string?)data["sessions"]!["pageInfo"]!["endCursor"];
        }

        var all = await SessionSlugsAsync("{ durationMinutes: ASC }");
        Assert.Equal(all, slugs);
        Assert.Equal(6, slugs.Distinct().Count());
    }

    [Theory]
    [InlineData("topics", "", "burnout self-care stress sleep")]
    [InlineData("topics", "{ name: ASC }", "burnout self-care sleep stress")]
    [InlineData("topics", "{ order: DESC }", "sleep stress self-care burnout")]
    [InlineData("facilitators", "", "alex-chen blair-roy casey-singh")]
    [InlineData("facilitators", "{ name: DESC }", "casey-singh blair-roy alex-chen")]
    [InlineData("allSeries", "", "resilience sleep")]
    [InlineData("allSeries", "{ slug: DESC }", "sleep resilience")]
    public async Task Other_lists_have_their_default_order_and_sort_either_way(
        string field,
        string order,
        string expected
    )
    {
        var orderArgument = order.Length == 0 ? "" : $"(order: [{order}])";
        var data = await factory.CreateClient().DataAsync($"{{ {field}{orderArgument} {{ nodes {{ slug }} }} }}");

        Assert.Equal(SlugList.From(expected), data[field].Slugs());
    }

    [Fact]
    public async Task Sorting_on_a_field_that_is_not_sortable_is_a_validation_error()
    {
        var response = await factory
            .CreateClient()
            .QueryAsync("{ sessions(order: [{ status: ASC }]) { nodes { slug } } }");

        Assert.Null(response["data"]);
        Assert.NotEmpty(response.ErrorCodes());
    }

    private async Task<IReadOnlyList<string>> SessionSlugsAsync(string order)
    {
        var orderArgument = order.Length == 0 ? "" : $"(order: [{order}])";
        var data = await factory.CreateClient().DataAsync($"{{ sessions{orderArgument} {{ nodes {{ slug }} }} }}");
        return data["sessions"].Slugs();
    }
}
