namespace WellnessConnection.Tests.GraphQL.Filtering;

/// <summary><c>and</c> / <c>or</c> at the level of a filter and of one field's operations, over the six catalogue
/// sessions.</summary>
public sealed class CombinatorFilterTests(CatalogueApiFactory factory) : IClassFixture<CatalogueApiFactory>
{
    [Theory]
    [InlineData(
        "{ or: [{ status: { eq: CANCELLED } }, { durationMinutes: { lt: 45 } }] }",
        "burnout-check-in mindful-mornings"
    )]
    [InlineData(
        """{ and: [{ topics: { some: { slug: { eq: "stress" } } } }, { durationMinutes: { eq: 90 } }] }""",
        "sleep-and-shift-work resilience-at-work"
    )]
    [InlineData(
        """{ title: { contains: "e" }, or: [{ part: { eq: 1 } }, { status: { eq: CANCELLED } }] }""",
        "sleep-basics burnout-check-in resilience-in-training"
    )]
    [InlineData(
        """
            { or: [{ and: [{ durationMinutes: { eq: 90 } }, { part: { eq: 2 } }] },
              { slug: { eq: "mindful-mornings" } }] }
            """,
        "sleep-and-shift-work resilience-at-work mindful-mornings"
    )]
    [InlineData("""{ and: [{ status: { eq: SCHEDULED } }, { status: { neq: SCHEDULED } }] }""", "")]
    [InlineData(
        "{ and: [] }",
        "sleep-basics sleep-and-shift-work burnout-check-in resilience-in-training resilience-at-work mindful-mornings"
    )]
    public async Task Filters_combine_with_and_and_or(string where, string expected)
    {
        Assert.Equal(SlugList.From(expected), await SlugsAsync(where));
    }

    [Theory]
    [InlineData(
        """{ title: { or: [{ startsWith: "Sleep" }, { endsWith: "mornings" }] } }""",
        "sleep-basics sleep-and-shift-work mindful-mornings"
    )]
    [InlineData(
        """{ title: { and: [{ contains: "Resilience" }, { ncontains: "work" }] } }""",
        "resilience-in-training"
    )]
    [InlineData(
        """{ title: { startsWith: "Resilience", or: [{ endsWith: "work" }, { endsWith: "nothing" }] } }""",
        "resilience-at-work"
    )]
    [InlineData(
        "{ durationMinutes: { or: [{ lt: 45 }, { gt: 60 }] } }",
        "sleep-and-shift-work resilience-at-work mindful-mornings"
    )]
    public async Task Operations_of_one_field_combine_with_and_and_or(string where, string expected)
    {
        Assert.Equal(SlugList.From(expected), await SlugsAsync(where));
    }

    private async Task<IReadOnlyList<string>> SlugsAsync(string where)
    {
        var data = await factory.CreateClient().DataAsync($"{{ sessions(where: {where}) {{ nodes {{ slug }} }} }}");
        return data["sessions"].Slugs();
    }
}
