namespace WellnessConnection.Tests.GraphQL.Filtering;

/// <summary>
/// A filter on the one related series, over the six catalogue sessions: sleep-basics and sleep-and-shift-work are
/// in "Sleep", the two resilience sessions in "Resilience", burnout-check-in and mindful-mornings in none.
/// </summary>
public sealed class ObjectFilterTests(CatalogueApiFactory factory) : IClassFixture<CatalogueApiFactory>
{
    [Theory]
    [InlineData("""{ series: { slug: { eq: "resilience" } } }""", "resilience-in-training resilience-at-work")]
    [InlineData("""{ series: { title: { contains: "sleep" } } }""", "sleep-basics sleep-and-shift-work")]
    [InlineData(
        """{ series: { summary: { endsWith: "on resilience." } } }""",
        "resilience-in-training resilience-at-work"
    )]
    [InlineData("""{ series: { slug: { eq: "resilience" } }, part: { eq: 2 } }""", "resilience-at-work")]
    [InlineData(
        """{ series: { or: [{ slug: { eq: "sleep" } }, { title: { eq: "Resilience" } }] } }""",
        "sleep-basics sleep-and-shift-work resilience-in-training resilience-at-work"
    )]
    public async Task A_series_filter_keeps_the_sessions_of_the_matching_series(string where, string expected)
    {
        Assert.Equal(SlugList.From(expected), await SlugsAsync(where));
    }

    [Fact]
    public async Task A_series_filter_never_matches_a_session_without_a_series()
    {
        Assert.Equal(
            SlugList.From("resilience-in-training resilience-at-work"),
            await SlugsAsync("""{ series: { slug: { neq: "sleep" } } }""")
        );
    }

    [Fact]
    public async Task The_series_list_takes_its_own_filter()
    {
        var data = await factory
            .CreateClient()
            .DataAsync("""{ allSeries(where: { title: { startsWith: "Res" } }) { nodes { slug } } }""");

        Assert.Equal(["resilience"], data["allSeries"].Slugs());
    }

    private async Task<IReadOnlyList<string>> SlugsAsync(string where)
    {
        var data = await factory.CreateClient().DataAsync($"{{ sessions(where: {where}) {{ nodes {{ slug }} }} }}");
        return data["sessions"].Slugs();
    }
}
