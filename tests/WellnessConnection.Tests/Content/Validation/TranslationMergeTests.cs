using NodaTime;

namespace WellnessConnection.Tests.Content.Validation;

public sealed class TranslationMergeTests
{
    [Fact]
    public void A_french_file_with_only_a_title_and_text_inherits_every_other_field_from_the_english()
    {
        var content = ContentFixtures.Load("translation-merge").Content!;

        var session = Assert.Single(content.Sessions);
        var (english, french) = (session.English, session.French!);
        Assert.NotNull(session.French);
        Assert.Equal(
            ("Sleep (part I)", "en", "sessions/2023-12-05-sleep-part-1.md"),
            (english.Title, english.Language, english.SourcePath)
        );
        Assert.Equal(
            ("Le sommeil (partie I)", "fr", "sessions/2023-12-05-sleep-part-1.fr.md"),
            (french.Title, french.Language, french.SourcePath)
        );
        Assert.Equal(new LocalDateTime(2023, 12, 5, 19, 0), french.Starts);
        Assert.Equal(new DateTimeOffset(2023, 12, 5, 19, 0, 0, TimeSpan.FromHours(-5)), french.StartsAt);
        Assert.Equal((english.TimeZone, english.DurationMinutes), (french.TimeZone, french.DurationMinutes));
        Assert.Equal(["daniela-isfan"], french.Facilitators);
        Assert.Equal(["self-care"], french.Topics);
        Assert.Equal("Nous explorons les défis d’un repos suffisant.", french.Summary);
        Assert.Contains("Nous explorons", french.Body.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_without_translation_has_no_french_version_and_is_served_in_english()
    {
        var topic = Assert.Single(ContentFixtures.Load("translation-merge").Content!.Topics);

        Assert.Null(topic.French);
        Assert.Same(topic.English, topic.In("fr"));
    }
}
