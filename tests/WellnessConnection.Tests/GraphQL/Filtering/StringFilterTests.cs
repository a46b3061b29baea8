namespace WellnessConnection.Tests.GraphQL.Filtering;

/// <summary>Text operations, over the six catalogue sessions (listed by start unless sorted).</summary>
public sealed class StringFilterTests(CatalogueApiFactory factory) : IClassFixture<CatalogueApiFactory>
{
    [Theory]
    [InlineData("""{ title: { eq: "Sleep basics" } }""", "sleep-basics")]
    [InlineData("""{ title: { eq: "sleep basics" } }""", "")]
    [InlineData(
        """{ title: { neq: "Sleep basics" } }""",
        "sleep-and-shift-work burnout-check-in resilience-in-training resilience-at-work mindful-mornings"
    )]
    [InlineData(
        """{ slug: { in: ["mindful-mornings", "burnout-check-in", "no-such-session"] } }""",
        "burnout-check-in mindful-mornings"
    )]
    [InlineData(
        """{ slug: { nin: ["mindful-mornings", "burnout-check-in"] } }""",
        "sleep-basics sleep-and-shift-work resilience-in-training resilience-at-work"
    )]
    [InlineData("""{ slug: { in: [] } }""", "")]
    [InlineData("""{ title: { contains: "resilience" } }""", "resilience-in-training resilience-at-work")]
    [InlineData(
        """{ title: { ncontains: "sleep" } }""",
        "burnout-check-in resilience-in-training resilience-at-work mindful-mornings"
    )]
    [InlineData("""{ title: { startsWith: "SLEEP" } }""", "sleep-basics sleep-and-shift-work")]
    [InlineData(
        """{ title: { nstartsWith: "Sleep" } }""",
        "burnout-check-in resilience-in-training resilience-at-work mindful-mornings"
    )]
    [InlineData("""{ title: { endsWith: "work" } }""", "sleep-and-shift-work resilience-at-work")]
    [InlineData(
        """{ title: { nendsWith: "work" } }""",
        "sleep-basics burnout-check-in resilience-in-training mindful-mornings"
    )]
    [InlineData("""{ timeZone: { eq: "America/Halifax" } }""", "mindful-mornings")]
    [InlineData("""{ summary: { startsWith: "The second" } }""", "sleep-and-shift-work resilience-at-work")]
    public async Task A_text_operation_keeps_the_matching_sessions(string where, string expected)
    {
        var data = await factory.CreateClient().DataAsync($"{{ sessions(where: {where}) {{ nodes {{ slug }} }} }}");

        Assert.Equal(SlugList.From(expected), data["sessions"].Slugs());
    }

    [Theory]
    [InlineData("%")]
    [InlineData("_")]
    [InlineData(@"\")]
    public async Task Like_wildcards_in_a_contains_value_are_matched_literally(string value)
    {
        var data = await factory
            .CreateClient()
            .DataAsync(
                "query($v: String!) { sessions(where: { title: { contains: $v } }) { nodes { slug } } }",
                new { v = value }
            );

        Assert.Empty(data["sessions"].Slugs());
    }
}
