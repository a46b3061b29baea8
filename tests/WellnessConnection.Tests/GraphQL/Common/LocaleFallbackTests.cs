namespace WellnessConnection.Tests.GraphQL.Common;

/// <summary>
/// French where a translation exists, English elsewhere, and <c>language</c> saying which, over the sample content:
/// mindful-digital-detox, the self-care topic and the 988 line have French files; nothing else does.
/// </summary>
public sealed class LocaleFallbackTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task A_translated_session_asked_in_French_is_served_in_French()
    {
        var data = await client.DataAsync(
            """
            { session(slug: "mindful-digital-detox", locale: FR) {
                title language registrationUrl startsAt body { text } } }
            """
        );

        var session = data["session"]!;
        Assert.Equal("Désintoxication numérique en pleine conscience", (string?)session["title"]);
        Assert.Equal("FR", (string?)session["language"]);
        Assert.StartsWith("Dans un monde rempli d’écrans", (string?)session["body"]!["text"], StringComparison.Ordinal);
        Assert.Equal("2023-12-21T19:00:00-05:00", (string?)session["startsAt"]);
    }

    [Fact]
    public async Task A_translated_session_asked_in_English_is_served_in_English()
    {
        var data = await client.DataAsync("""{ session(slug: "mindful-digital-detox") { title language } }""");

        Assert.Equal("Mindful digital detox", (string?)data["session"]!["title"]);
        Assert.Equal("EN", (string?)data["session"]!["language"]);
    }

    [Theory]
    [InlineData("session", "sleep-part-1", "title", "Sleep (part I) — navigating disruptions, exploring solutions")]
    [InlineData("topic", "sleep", "name", "Sleep")]
    [InlineData("series", "sleep", "title", "Sleep")]
    [InlineData("page", "faq", "title", "Frequently asked questions")]
    [InlineData("crisisLine", "oma-physician-health-program", "name", "OMA Physician Health Program (Ontario)")]
    [InlineData("resource", "cmpa-physician-wellness", "title", "CMPA physician wellness")]
    public async Task A_document_without_translation_asked_in_French_is_served_in_English_and_says_so(
        string field,
        string slug,
        string titleField,
        string title
    )
    {
        var data = await client.DataAsync(
            $"{{ x: {field}(slug: \"{slug}\", locale: FR) {{ {titleField} language }} }}"
        );

        Assert.Equal(title, (string?)data["x"]![titleField]);
        Assert.Equal("EN", (string?)data["x"]!["language"]);
    }

    [Fact]
    public async Task A_translation_inherits_the_fields_it_does_not_give()
    {
        var data = await client.DataAsync(
            """{ topic(slug: "self-care", locale: FR) { name summary order language } }"""
        );

        Assert.Equal("Prendre soin de soi", (string?)data["topic"]!["name"]);
        Assert.Equal("Prendre soin de sa propre santé et de son bien-être.", (string?)data["topic"]!["summary"]);
        Assert.Equal(4, (int?)data["topic"]!["order"]);
        Assert.Equal("FR", (string?)data["topic"]!["language"]);
    }

    [Fact]
    public async Task Related_documents_answer_in_the_locale_of_their_parent()
    {
        var data = await client.DataAsync(
            """{ session(slug: "sleep-part-1", locale: FR) { language topics { slug name language } } }"""
        );

        var topics = data["session"]!["topics"]!.AsArray();
        Assert.Equal("EN", (string?)data["session"]!["language"]);
        Assert.Equal(["Sleep", "Stress", "Prendre soin de soi"], topics.Select(t => (string?)t!["name"]));
        Assert.Equal(["EN", "EN", "FR"], topics.Select(t => (string?)t!["language"]));
    }

    [Fact]
    public async Task A_French_list_mixes_French_and_English_documents_each_marked()
    {
        var data = await client.DataAsync(
            "{ sessions(locale: FR, where: { startsAt: { lt: \"2024-01-01T00:00:00Z\" } }) { nodes { slug language "
                + "} } }"
        );

        var sessions = data["sessions"]!["nodes"]!.AsArray();
        Assert.Equal(
            ["sleep-part-1", "medicine-on-the-rocks", "mindful-digital-detox"],
            sessions.Select(s => (string?)s!["slug"])
        );
        Assert.Equal(["EN", "EN", "FR"], sessions.Select(s => (string?)s!["language"]));
    }

    [Fact]
    public async Task Filters_in_French_see_the_French_text()
    {
        var data = await client.DataAsync(
            """{ sessions(locale: FR, where: { title: { contains: "numérique" } }) { nodes { slug } } }"""
        );

        Assert.Equal(["mindful-digital-detox"], data["sessions"].Slugs());
    }
}
