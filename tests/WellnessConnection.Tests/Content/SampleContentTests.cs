using WellnessConnection.Content.Model;

namespace WellnessConnection.Tests.Content;

/// <summary>The repository's own <c>content/</c> folder: the seed sessions of the program, and what editors copy
/// from.</summary>
public sealed class SampleContentTests
{
    private readonly ContentSet content;

    public SampleContentTests()
    {
        var result = ContentFixtures.LoadFolder(ContentFixtures.SampleContentDirectory);
        Assert.Empty(result.Diagnostics);
        content = result.Content!;
    }

    [Fact]
    public void The_sample_content_is_valid_with_no_errors_and_no_warnings()
    {
        var result = ContentFixtures.LoadFolder(ContentFixtures.SampleContentDirectory);

        Assert.Equal((0, 0), (result.ErrorCount, result.WarningCount));
        Assert.NotNull(result.Content);
    }

    [Theory]
    [InlineData(
        "sleep-part-1",
        "Sleep (part I) — navigating disruptions, exploring solutions",
        "2023-12-05T19:00:00-05:00",
        "daniela-isfan"
    )]
    [InlineData(
        "medicine-on-the-rocks",
        "Are you and medicine on the rocks?",
        "2023-12-14T19:00:00-05:00",
        "sharman-robertson"
    )]
    [InlineData("mindful-digital-detox", "Mindful digital detox", "2023-12-21T19:00:00-05:00", "daniela-isfan")]
    public void The_seed_sessions_have_their_published_title_start_and_facilitator(
        string slug,
        string title,
        string startsAt,
        string facilitator
    )
    {
        var session = Assert.Single(content.Sessions, s => s.Slug == slug).English;

        Assert.Equal(title, session.Title);
        Assert.Equal(
            DateTimeOffset.Parse(startsAt, System.Globalization.CultureInfo.InvariantCulture),
            session.StartsAt
        );
        Assert.Equal(
            startsAt,
            session.StartsAt.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture)
        );
        Assert.Equal([facilitator], session.Facilitators);
        Assert.Contains(content.Facilitators, f => f.Slug == facilitator);
    }

    [Fact]
    public void The_sleep_series_starts_with_the_first_seed_session()
    {
        var first = Assert.Single(content.Sessions, s => s.Slug == "sleep-part-1").English;

        Assert.Equal(("sleep", 1), (first.Series, first.Part));
        Assert.Contains(content.Series, s => s.Slug == "sleep");
    }

    [Fact]
    public void The_digital_detox_session_has_a_french_title_and_keeps_its_english_time()
    {
        var session = Assert.Single(content.Sessions, s => s.Slug == "mindful-digital-detox");

        Assert.Equal("Désintoxication numérique en pleine conscience", session.French!.Title);
        Assert.Equal(session.English.StartsAt, session.French.StartsAt);
        Assert.Equal(session.English.Facilitators, session.French.Facilitators);
    }

    [Fact]
    public void Every_crisis_line_says_when_and_where_it_was_verified()
    {
        Assert.NotEmpty(content.CrisisLines);
        Assert.All(content.CrisisLines, line =>
        {
            Assert.NotEqual(default, line.English.LastVerified);
            Assert.Equal("https", line.English.Source.Scheme);
        });
    }

    [Fact]
    public void The_988_line_is_reached_by_calling_or_texting_988()
    {
        var line = Assert.Single(content.CrisisLines, l => l.Slug == "988-suicide-crisis-helpline").English;

        Assert.Equal(["988"], line.Phone);
        Assert.Equal("988", line.Text);
        Assert.Equal("national", line.Scope);
        Assert.Equal(["CA"], line.Regions);
    }

    [Fact]
    public void Every_rendered_body_is_within_the_html_allowlist()
    {
        var documents = new IEnumerable<ContentDocument>[]
        {
            content.Sessions.SelectMany(Both),
            content.Series.SelectMany(Both),
            content.Topics.SelectMany(Both),
            content.Facilitators.SelectMany(Both),
            content.Resources.SelectMany(Both),
            content.CrisisLines.SelectMany(Both),
            content.Pages.SelectMany(Both),
        }
            .SelectMany(d => d)
            .ToList();

        Assert.NotEmpty(documents);
        Assert.All(documents, d => Rendering.InertHtml.Assert(d.Body.Html));
    }

    private static IEnumerable<ContentDocument> Both<T>(Localized<T> document)
        where T : ContentDocument => document.French is null ? [document.English] : [document.English, document.French];
}
