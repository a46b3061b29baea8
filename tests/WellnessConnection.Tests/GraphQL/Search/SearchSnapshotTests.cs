namespace WellnessConnection.Tests.GraphQL.Search;

/// <summary>A search over the sample content.</summary>
public sealed class SearchSnapshotTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    // Scores move with every content edit (BM25 depends on the whole corpus): the snapshot keeps the order, not the
    // numbers.
    [Fact]
    public async Task Searching_for_sleep_finds_every_document_about_it_best_first()
    {
        var scores = (await factory.CreateClient().DataAsync("""{ search(query: "sleep") { score } }"""))["search"]!
            .AsArray()
            .Select(hit => (double)hit!["score"]!)
            .ToList();
        Assert.Equal(scores.OrderDescending(), scores);

        var response = await factory
            .CreateClient()
            .QueryAsync(
                """
                {
                  search(query: "sleep") {
                    snippet
                    node { __typename id ... on Session { title } ... on Topic { name } }
                  }
                }
                """
            );

        ResponseSnapshot.Match(response);
    }
}
