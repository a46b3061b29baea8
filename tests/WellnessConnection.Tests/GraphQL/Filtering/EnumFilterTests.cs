namespace WellnessConnection.Tests.GraphQL.Filtering;

/// <summary>
/// Enum operations, over the six catalogue sessions: burnout-check-in is cancelled, resilience-in-training full,
/// resilience-at-work postponed, the other three scheduled.
/// </summary>
public sealed class EnumFilterTests(CatalogueApiFactory factory) : IClassFixture<CatalogueApiFactory>
{
    [Theory]
    [InlineData("{ status: { eq: CANCELLED } }", "burnout-check-in")]
    [InlineData("{ status: { neq: SCHEDULED } }", "burnout-check-in resilience-in-training resilience-at-work")]
    [InlineData("{ status: { in: [FULL, POSTPONED] } }", "resilience-in-training resilience-at-work")]
    [InlineData(
        "{ status: { nin: [CANCELLED, FULL, POSTPONED] } }",
        "sleep-basics sleep-and-shift-work mindful-mornings"
    )]
    [InlineData("{ status: { or: [{ eq: FULL }, { eq: CANCELLED }] } }", "burnout-check-in resilience-in-training")]
    public async Task A_status_operation_keeps_the_matching_sessions(string where, string expected)
    {
        var data = await factory.CreateClient().DataAsync($"{{ sessions(where: {where}) {{ nodes {{ slug }} }} }}");

        Assert.Equal(SlugList.From(expected), data["sessions"].Slugs());
    }

    [Fact]
    public async Task A_status_that_is_not_in_the_enum_is_a_validation_error()
    {
        var response = await factory
            .CreateClient()
            .QueryAsync("{ sessions(where: { status: { eq: DRAFT } }) { nodes { slug } } }");

        Assert.Null(response["data"]);
        Assert.Contains("ARGUMENTS_OF_CORRECT_TYPE", response.ErrorCodes());
    }
}
