using WellnessConnection.Content.Diagnostics;

namespace WellnessConnection.Tests.Content.Validation;

/// <summary>
/// Control characters, noncharacters and stray line breaks are refused in every text field and in the body, with
/// file:line:column; bidi overrides are a warning. Written into a temporary copy of the valid fixture.
/// </summary>
public sealed class ForbiddenCharacterTests
{
    private const string Topic = "topics/self-care.md";
    private const string Session = "sessions/2023-12-05-sleep-part-1.md";

    [Theory]
    [InlineData("\"Self-care \\u0001\"")]
    [InlineData("\"Self-care \\x85\"")]
    [InlineData("\"Self-care \\uFFFE\"")]
    [InlineData("\"Self-care\\nEND:VEVENT\"")]
    public void An_escaped_control_character_or_line_break_in_a_one_line_field_is_an_error_at_the_field(string name)
    {
        using var folder = ContentFixtures.CopyOf("valid");
        folder.Write(Topic, $"---\nname: {name}\n---\nLooking after yourself.\n");

        var diagnostic = DiagnosticAssert.Only(
            ContentFixtures.LoadFolder(folder.Path),
            "WC213",
            Severity.Error,
            Topic,
            2,
            7
        );

        Assert.Contains("\"name\" contains U+", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_registration_url_that_smuggles_ICS_lines_is_an_error()
    {
        using var folder = ContentFixtures.CopyOf("valid");
        folder.Write(
            Session,
            "---\ntitle: Sleep\nstarts: 2023-12-05T19:00\nfacilitators: [daniela-isfan]\ntopics: [self-care]\n"
                + "registrationUrl: \"https://example.org/\\nEND:VEVENT\\nBEGIN:VEVENT\"\n---\nText.\n"
        );

        DiagnosticAssert.Only(ContentFixtures.LoadFolder(folder.Path), "WC213", Severity.Error, Session, 6, 18);
    }

    [Fact]
    public void A_raw_control_character_in_the_body_is_an_error_at_its_line_and_column()
    {
        using var folder = ContentFixtures.CopyOf("valid");
        folder.Write(Topic, "---\nname: Self-care\n---\nFirst line.\nSecond \u0007line.\n");

        DiagnosticAssert.Only(ContentFixtures.LoadFolder(folder.Path), "WC213", Severity.Error, Topic, 5, 8);
    }

    [Fact]
    public void Tabs_and_line_breaks_in_the_body_and_a_multi_line_summary_are_fine()
    {
        using var folder = ContentFixtures.CopyOf("valid");
        folder.Write(Topic, "---\nname: Self-care\nsummary: |\n  One.\n  Two.\n---\nA\ttab.\n\nA paragraph.\n");

        Assert.Empty(ContentFixtures.LoadFolder(folder.Path).Diagnostics);
    }

    [Fact]
    public void A_bidi_override_is_a_warning_and_the_content_is_still_published()
    {
        using var folder = ContentFixtures.CopyOf("valid");
        folder.Write(Topic, "---\nname: Self-care\n---\nabc \u202Edef\n");

        DiagnosticAssert.Only(ContentFixtures.LoadFolder(folder.Path), "WC214", Severity.Warning, Topic, 4, 5);
    }
}
