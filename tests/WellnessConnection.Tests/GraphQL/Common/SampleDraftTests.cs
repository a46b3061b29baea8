namespace WellnessConnection.Tests.GraphQL.Common;

/// <summary>The sample content's draft, example-leadership-draft, the only session on leadership.</summary>
public sealed class SampleDraftTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    [Fact]
    public async Task The_sample_draft_is_served_nowhere()
    {
        var data = await factory
            .CreateClient()
            .DataAsync(
                """
                {
                  session(slug: "example-leadership-draft") { slug }
                  sessions(first: 100) { nodes { slug } }
                  upcomingSessions(first: 100) { nodes { slug } }
                  topic(slug: "leadership-and-professional-development") { sessions { totalCount } }
                  facilitator(slug: "example-facilitator-b") { sessions { nodes { slug } } }
                  search(query: "Leading through change") { node { id } }
                }
                """
            );

        Assert.Null(data["session"]);
        Assert.DoesNotContain("example-leadership-draft", data["sessions"].Slugs());
        Assert.DoesNotContain("example-leadership-draft", data["upcomingSessions"].Slugs());
        Assert.Equal(0, (int)data["topic"]!["sessions"]!["totalCount"]!);
        Assert.Equal(
            ["example-peer-support-drop-in", "example-burnout-check-in", "example-mindful-pause-pacific"],
            data["facilitator"]!["sessions"].Slugs()
        );
        Assert.Empty(data["search"]!.AsArray());
    }
}
