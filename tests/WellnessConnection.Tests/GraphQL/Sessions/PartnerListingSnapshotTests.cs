namespace WellnessConnection.Tests.GraphQL.Sessions;

/// <summary>The upcoming sessions of one topic, as a partner page lists them, over the sample content on
/// 2026-11-27.</summary>
public sealed class PartnerListingSnapshotTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    private const string Query = """
        query PartnerListing($topic: String!) {
          upcomingSessions(first: 20, where: { topics: { some: { slug: { eq: $topic } } } }) {
            totalCount
            pageInfo { hasNextPage hasPreviousPage }
            nodes {
              title
              displayTime
              startsAt
              status
              registrationUrl
              facilitators { name }
              topics { name slug }
              series { title }
              part
            }
          }
        }
        """;

    [Theory]
    [InlineData("peer-support")]
    [InlineData("self-care")]
    [InlineData("leadership-and-professional-development")]
    public async Task A_partner_page_lists_the_upcoming_sessions_of_its_topic(string topic)
    {
        var response = await factory.CreateClient().QueryAsync(Query, new { topic });

        ResponseSnapshot.Match(response, topic);
    }
}
