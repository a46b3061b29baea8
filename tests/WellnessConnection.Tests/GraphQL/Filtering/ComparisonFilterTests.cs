namespace WellnessConnection.Tests.GraphQL.Filtering;

/// <summary>
/// Number and instant operations, over the six catalogue sessions. Durations: sleep-basics 60, sleep-and-shift-work 90,
/// burnout-check-in 45, resilience-in-training 60, resilience-at-work 90, mindful-mornings 30.
/// </summary>
public sealed class ComparisonFilterTests(CatalogueApiFactory factory) : IClassFixture<CatalogueApiFactory>
{
    [Theory]
    [InlineData("{ durationMinutes: { eq: 45 } }", "burnout-check-in")]
    [InlineData(
        "{ durationMinutes: { neq: 60 } }",
        "sleep-and-shift-work burnout-check-in resilience-at-work mindful-mornings"
    )]
    [InlineData("{ durationMinutes: { in: [30, 45] } }", "burnout-check-in mindful-mornings")]
    [InlineData(
        "{ durationMinutes: { nin: [30, 45] } }",
        "sleep-basics sleep-and-shift-work resilience-in-training resilience-at-work"
    )]
    [InlineData("{ durationMinutes: { gt: 60 } }", "sleep-and-shift-work resilience-at-work")]
    [InlineData(
        "{ durationMinutes: { gte: 60 } }",
        "sleep-basics sleep-and-shift-work resilience-in-training resilience-at-work"
    )]
    [InlineData("{ durationMinutes: { lt: 60 } }", "burnout-check-in mindful-mornings")]
    [InlineData(
        "{ durationMinutes: { lte: 60 } }",
        "sleep-basics burnout-check-in resilience-in-training mindful-mornings"
    )]
    [InlineData(
        "{ durationMinutes: { ngt: 60 } }",
        "sleep-basics burnout-check-in resilience-in-training mindful-mornings"
    )]
    [InlineData("{ durationMinutes: { ngte: 60 } }", "burnout-check-in mindful-mornings")]
    [InlineData(
        "{ durationMinutes: { nlt: 60 } }",
        "sleep-basics sleep-and-shift-work resilience-in-training resilience-at-work"
    )]
    [InlineData("{ durationMinutes: { nlte: 60 } }", "sleep-and-shift-work resilience-at-work")]
    [InlineData("{ durationMinutes: { gt: 30, lt: 90 } }", "sleep-basics burnout-check-in resilience-in-training")]
    public async Task A_number_operation_keeps_the_matching_sessions(string where, string expected)
    {
        Assert.Equal(SlugList.From(expected), await SlugsAsync(where));
    }

    [Theory]
    [InlineData("{ part: { eq: 2 } }", "sleep-and-shift-work resilience-at-work")]
    [InlineData("{ part: { eq: null } }", "burnout-check-in mindful-mornings")]
    [InlineData("{ part: { neq: 1 } }", "sleep-and-shift-work burnout-check-in resilience-at-work mindful-mornings")]
    [InlineData("{ part: { gte: 1 } }", "sleep-basics sleep-and-shift-work resilience-in-training resilience-at-work")]
    public async Task A_number_operation_on_an_optional_field_treats_a_missing_value_as_null(
        string where,
        string expected
    )
    {
        Assert.Equal(SlugList.From(expected), await SlugsAsync(where));
    }

    [Theory]
    [InlineData("""{ startsAt: { eq: "2027-01-12T19:00:00-05:00" } }""", "resilience-in-training")]
    [InlineData("""{ startsAt: { eq: "2027-01-13T00:00:00Z" } }""", "resilience-in-training")]
    [InlineData(
        """{ startsAt: { neq: "2027-01-13T00:00:00Z" } }""",
        "sleep-basics sleep-and-shift-work burnout-check-in resilience-at-work mindful-mornings"
    )]
    [InlineData(
        """{ startsAt: { in: ["2026-12-10T12:00:00-05:00", "2027-02-02T08:00:00-04:00"] } }""",
        "burnout-check-in mindful-mornings"
    )]
    [InlineData(
        """{ startsAt: { nin: ["2026-12-10T12:00:00-05:00", "2027-02-02T08:00:00-04:00"] } }""",
        "sleep-basics sleep-and-shift-work resilience-in-training resilience-at-work"
    )]
    [InlineData("""{ startsAt: { gt: "2027-01-12T19:00:00-05:00" } }""", "resilience-at-work mindful-mornings")]
    [InlineData(
        """{ startsAt: { gte: "2027-01-12T19:00:00-05:00" } }""",
        "resilience-in-training resilience-at-work mindful-mornings"
    )]
    [InlineData("""{ startsAt: { lt: "2026-12-10T12:00:00-05:00" } }""", "sleep-basics sleep-and-shift-work")]
    [InlineData(
        """{ startsAt: { lte: "2026-12-10T12:00:00-05:00" } }""",
        "sleep-basics sleep-and-shift-work burnout-check-in"
    )]
    [InlineData("""{ endsAt: { lte: "2026-11-27T12:00:00Z" } }""", "sleep-basics")]
    [InlineData(
        """{ startsAt: { gte: "2026-12-01T00:00:00-05:00", lt: "2027-01-01T00:00:00-05:00" } }""",
        "sleep-and-shift-work burnout-check-in"
    )]
    public async Task An_instant_operation_compares_instants_whatever_their_offset(string where, string expected)
    {
        Assert.Equal(SlugList.From(expected), await SlugsAsync(where));
    }

    private async Task<IReadOnlyList<string>> SlugsAsync(string where)
    {
        var data = await factory.CreateClient().DataAsync($"{{ sessions(where: {where}) {{ nodes {{ slug }} }} }}");
        return data["sessions"].Slugs();
    }
}
