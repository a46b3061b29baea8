namespace WellnessConnection.Tests.GraphQL.Resources;

/// <summary>Filters on the four sample resources (listed by title).</summary>
public sealed class ResourceFilterTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    [Theory]
    [InlineData("{ kind: { eq: PODCAST } }", "example-sleep-and-shift-work-podcast")]
    [InlineData("{ kind: { in: [PROGRAM, SERVICE] } }", "cma-physician-wellness-hub cmpa-physician-wellness")]
    [InlineData(
        "{ kind: { nin: [PROGRAM, SERVICE] } }",
        "example-peer-support-conversation-guide example-sleep-and-shift-work-podcast"
    )]
    [InlineData("{ audience: { some: { eq: RESIDENTS } } }", "example-sleep-and-shift-work-podcast")]
    [InlineData(
        """{ topics: { some: { slug: { eq: "peer-support" } } } }""",
        "cma-physician-wellness-hub cmpa-physician-wellness example-peer-support-conversation-guide"
    )]
    [InlineData("""{ topics: { all: { slug: { eq: "peer-support" } } } }""", "example-peer-support-conversation-guide")]
    [InlineData(
        """{ title: { startsWith: "Example" }, topics: { none: { slug: { eq: "sleep" } } } }""",
        "example-peer-support-conversation-guide"
    )]
    public async Task A_resource_filter_keeps_the_matching_resources(string where, string expected)
    {
        var data = await factory.CreateClient().DataAsync($"{{ resources(where: {where}) {{ nodes {{ slug }} }} }}");

        Assert.Equal(SlugList.From(expected), data["resources"].Slugs());
    }
}
