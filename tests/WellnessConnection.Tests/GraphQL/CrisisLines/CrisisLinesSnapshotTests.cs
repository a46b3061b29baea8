namespace WellnessConnection.Tests.GraphQL.CrisisLines;

/// <summary>The crisis lines a Quebec reader sees in French, over the sample content on 2026-11-27.</summary>
public sealed class CrisisLinesSnapshotTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    [Fact]
    public async Task A_reader_in_Quebec_gets_the_national_line_in_French()
    {
        var response = await factory
            .CreateClient()
            .QueryAsync(
                """
                {
                  crisisLines(region: QC, locale: FR) {
                    name language phone text url hours languages source lastVerified isStale
                  }
                }
                """
            );

        ResponseSnapshot.Match(response);
    }
}
