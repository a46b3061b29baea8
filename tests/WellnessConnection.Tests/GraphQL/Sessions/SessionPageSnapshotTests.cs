namespace WellnessConnection.Tests.GraphQL.Sessions;

/// <summary>A session's own page, over the sample content.</summary>
public sealed class SessionPageSnapshotTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    private const string Query = """
        query SessionPage($slug: String!, $locale: Locale!) {
          session(slug: $slug, locale: $locale) {
            slug
            language
            title
            summary
            displayTime
            startsAt
            endsAt
            timeZone
            durationMinutes
            status
            isPast
            audience
            registrationUrl
            body { html headings { level text anchor } readingTimeMinutes excerpt }
            facilitators { name }
            topics { name slug language }
            series { title parts { title part } }
            part
          }
        }
        """;

    [Fact]
    public async Task The_first_seed_session_page_shows_its_body_facilitator_and_series()
    {
        var response = await factory.CreateClient().QueryAsync(Query, new { slug = "sleep-part-1", locale = "EN" });

        ResponseSnapshot.Match(response);
    }

    [Fact]
    public async Task The_translated_session_page_in_French_mixes_French_and_English_documents()
    {
        var response = await factory
            .CreateClient()
            .QueryAsync(Query, new { slug = "mindful-digital-detox", locale = "FR" });

        ResponseSnapshot.Match(response);
    }
}
