namespace WellnessConnection.Tests.GraphQL.Filtering;

/// <summary>
/// <c>some all none any</c> on the lists of the six catalogue sessions. Audiences: sleep-and-shift-work [residents],
/// resilience-in-training [residents, medical-students], resilience-at-work [physicians], mindful-mornings
/// [physicians, residents], the others none (everyone). Topics and facilitators are listed in the fixture's files.
/// </summary>
public sealed class ListFilterTests(CatalogueApiFactory factory) : IClassFixture<CatalogueApiFactory>
{
    [Theory]
    [InlineData(
        "{ audience: { some: { eq: RESIDENTS } } }",
        "sleep-and-shift-work resilience-in-training mindful-mornings"
    )]
    [InlineData(
        "{ audience: { some: { in: [MEDICAL_STUDENTS, PHYSICIANS] } } }",
        "resilience-in-training resilience-at-work mindful-mornings"
    )]
    [InlineData("{ audience: { none: { eq: RESIDENTS } } }", "sleep-basics burnout-check-in resilience-at-work")]
    [InlineData("{ audience: { all: { eq: RESIDENTS } } }", "sleep-basics sleep-and-shift-work burnout-check-in")]
    [InlineData("{ audience: { all: { neq: RESIDENTS }, any: true } }", "resilience-at-work")]
    [InlineData(
        "{ audience: { any: true } }",
        "sleep-and-shift-work resilience-in-training resilience-at-work mindful-mornings"
    )]
    [InlineData("{ audience: { any: false } }", "sleep-basics burnout-check-in")]
    public async Task An_audience_list_operation_keeps_the_matching_sessions(string where, string expected)
    {
        Assert.Equal(SlugList.From(expected), await SlugsAsync(where));
    }

    [Theory]
    [InlineData(
        """{ topics: { some: { slug: { eq: "stress" } } } }""",
        "sleep-and-shift-work resilience-in-training resilience-at-work"
    )]
    [InlineData("""{ topics: { some: { name: { eq: "Self-care" } } } }""", "sleep-basics mindful-mornings")]
    [InlineData("""{ topics: { all: { slug: { in: ["sleep", "self-care"] } } } }""", "sleep-basics mindful-mornings")]
    [InlineData(
        """{ topics: { all: { name: { startsWith: "S" } } } }""",
        "sleep-basics sleep-and-shift-work resilience-at-work mindful-mornings"
    )]
    [InlineData(
        """{ topics: { none: { slug: { eq: "stress" } } } }""",
        "sleep-basics burnout-check-in mindful-mornings"
    )]
    [InlineData("""{ topics: { some: { order: { lte: 2 } } } }""", "burnout-check-in resilience-in-training")]
    [InlineData(
        "{ topics: { any: true } }",
        "sleep-basics sleep-and-shift-work burnout-check-in resilience-in-training resilience-at-work mindful-mornings"
    )]
    [InlineData("{ topics: { any: false } }", "")]
    public async Task A_topic_list_operation_keeps_the_matching_sessions(string where, string expected)
    {
        Assert.Equal(SlugList.From(expected), await SlugsAsync(where));
    }

    [Theory]
    [InlineData(
        """{ facilitators: { some: { slug: { eq: "alex-chen" } } } }""",
        "sleep-basics sleep-and-shift-work resilience-at-work"
    )]
    [InlineData(
        """{ facilitators: { all: { name: { eq: "Dr. Blair Roy" } } } }""",
        "burnout-check-in mindful-mornings"
    )]
    [InlineData(
        """{ facilitators: { none: { slug: { eq: "casey-singh" } } } }""",
        "sleep-basics sleep-and-shift-work burnout-check-in mindful-mornings"
    )]
    [InlineData(
        """{ facilitators: { some: { name: { contains: "singh" } }, none: { slug: { eq: "alex-chen" } } } }""",
        "resilience-in-training"
    )]
    [InlineData(
        "{ facilitators: { any: true } }",
        "sleep-basics sleep-and-shift-work burnout-check-in resilience-in-training resilience-at-work mindful-mornings"
    )]
    public async Task A_facilitator_list_operation_keeps_the_matching_sessions(string where, string expected)
    {
        Assert.Equal(SlugList.From(expected), await SlugsAsync(where));
    }

    [Fact]
    public async Task A_topics_own_sessions_take_the_same_filters_as_the_root_list()
    {
        var data = await factory
            .CreateClient()
            .DataAsync(
                """
                { topics(where: { slug: { eq: "sleep" } }) { nodes {
                    sessions(where: { topics: { some: { slug: { eq: "stress" } } } }) { nodes { slug } } } } }
                """
            );

        Assert.Equal(["sleep-and-shift-work"], data["topics"]!["nodes"]![0]!["sessions"].Slugs());
    }

    private async Task<IReadOnlyList<string>> SlugsAsync(string where)
    {
        var data = await factory.CreateClient().DataAsync($"{{ sessions(where: {where}) {{ nodes {{ slug }} }} }}");
        return data["sessions"].Slugs();
    }
}
