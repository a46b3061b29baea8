namespace WellnessConnection.Tests.GraphQL.Topics;

/// <summary>A topic's own page, over the sample content on 2026-11-27.</summary>
public sealed class TopicPageSnapshotTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    [Fact]
    public async Task The_sleep_topic_page_lists_its_sessions_and_resources()
    {
        var response = await factory
            .CreateClient()
            .QueryAsync(
                """
                {
                  topic(slug: "sleep") {
                    name
                    summary
                    language
                    body { html }
                    sessions {
                      totalCount
                      nodes { slug title displayTime status isPast series { title } part }
                    }
                    resources { title kind url summary audience }
                  }
                }
                """
            );

        ResponseSnapshot.Match(response);
    }
}
