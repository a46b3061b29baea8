using WellnessConnection.Content.Diagnostics;

namespace WellnessConnection.Tests.Content.Validation;

/// <summary>WC2xx: one front matter field, reported on the line of its key or at its value.</summary>
public sealed class FieldRuleTests
{
    private const string Session = "sessions/2023-12-05-sleep-part-1.md";

    [Fact]
    public void An_unknown_key_is_reported_on_its_line_with_the_key_meant()
    {
        var diagnostic = DiagnosticAssert.Only(
            ContentFixtures.Load("unknown-key"),
            "WC201",
            Severity.Error,
            Session,
            6,
            1
        );

        Assert.Contains(
            "unknown key \"sumary\". Did you mean \"summary\"?",
            diagnostic.Message,
            StringComparison.Ordinal
        );
        Assert.Contains("Allowed keys: title, starts,", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_required_field_is_reported_at_the_start_of_the_file()
    {
        var diagnostic = DiagnosticAssert.Only(
            ContentFixtures.Load("missing-field"),
            "WC202",
            Severity.Error,
            Session,
            1,
            1
        );

        Assert.Contains(
            "the required field \"title\" is missing; add a line `title: ...`",
            diagnostic.Message,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void A_word_where_a_number_belongs_is_reported_at_the_value()
    {
        var diagnostic = DiagnosticAssert.Only(
            ContentFixtures.Load("wrong-type"),
            "WC203",
            Severity.Error,
            Session,
            6,
            18
        );

        Assert.Contains(
            "\"durationMinutes\" must be a whole number, not \"ninety\"",
            diagnostic.Message,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void A_misspelt_choice_suggests_the_allowed_value()
    {
        var diagnostic = DiagnosticAssert.Only(
            ContentFixtures.Load("invalid-choice"),
            "WC204",
            Severity.Error,
            Session,
            6,
            9
        );

        Assert.Contains("Did you mean \"cancelled\"?", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains(
            "Allowed: scheduled, cancelled, full, postponed.",
            diagnostic.Message,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void A_start_time_with_an_offset_asks_for_the_local_time()
    {
        var diagnostic = DiagnosticAssert.Only(
            ContentFixtures.Load("invalid-date"),
            "WC205",
            Severity.Error,
            Session,
            3,
            9
        );

        Assert.Contains("remove the time zone offset", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_web_address_without_a_scheme_is_not_a_url()
    {
        var diagnostic = DiagnosticAssert.Only(
            ContentFixtures.Load("invalid-url"),
            "WC206",
            Severity.Error,
            Session,
            6,
            18
        );

        Assert.Contains(
            "\"www.example.org/register\" in \"registrationUrl\" is not a full web address; write it with https://",
            diagnostic.Message,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void A_duration_over_eight_hours_is_out_of_range()
    {
        var diagnostic = DiagnosticAssert.Only(
            ContentFixtures.Load("out-of-range"),
            "WC207",
            Severity.Error,
            Session,
            6,
            18
        );

        Assert.Contains(
            "\"durationMinutes\" is 600; it must be between 15 and 480.",
            diagnostic.Message,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void A_reference_that_is_not_a_slug_suggests_the_slug()
    {
        var diagnostic = DiagnosticAssert.Only(
            ContentFixtures.Load("invalid-slug"),
            "WC208",
            Severity.Error,
            Session,
            5,
            10
        );

        Assert.Contains("\"Self Care\" in \"topics\" is not a slug", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("like \"self-care\"", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_without_a_value_is_reported_on_its_line()
    {
        var diagnostic = DiagnosticAssert.Only(
            ContentFixtures.Load("empty-value"),
            "WC209",
            Severity.Error,
            Session,
            2,
            1
        );

        Assert.Contains("\"title\" has no value", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_time_zone_suggests_the_IANA_zone_meant()
    {
        var diagnostic = DiagnosticAssert.Only(
            ContentFixtures.Load("unknown-time-zone"),
            "WC210",
            Severity.Error,
            Session,
            6,
            11
        );

        Assert.Contains("Did you mean \"America/Toronto\"?", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("PST", "Pacific time is America/Vancouver", "America/Vancouver")]
    [InlineData("PT", "Pacific time is America/Vancouver", "America/Vancouver")]
    [InlineData("MST", "Mountain time is America/Edmonton", "America/Edmonton")]
    [InlineData("CST", "Central time is America/Winnipeg, or America/Regina for Saskatchewan", "America/Winnipeg")]
    [InlineData("EST", "Eastern time is America/Toronto", "America/Toronto")]
    [InlineData("edt", "Eastern time is America/Toronto", "America/Toronto")]
    [InlineData("AST", "Atlantic time is America/Halifax", "America/Halifax")]
    [InlineData("NST", "Newfoundland time is America/St_Johns", "America/St_Johns")]
    [InlineData("Pacific", "Pacific time is America/Vancouver", "America/Vancouver")]
    public void A_time_zone_abbreviation_is_refused_with_the_Canadian_zone_it_stands_for(
        string written,
        string meaning,
        string zone
    )
    {
        var diagnostic = DiagnosticAssert.Only(
            LoadSession($"timeZone: {written}\n"),
            "WC210",
            Severity.Error,
            Session,
            6,
            11
        );

        Assert.StartsWith(
            $"\"{written}\" in \"timeZone\" is an abbreviation, not a time zone name: {meaning}",
            diagnostic.Message,
            StringComparison.Ordinal
        );
        Assert.Contains($"Write `timeZone: {zone}`", diagnostic.Message, StringComparison.Ordinal);
        // An abbreviation names an offset; the zone also knows when a province stops changing clocks.
        Assert.Contains("stopped changing clocks on 2026-11-01", diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Did you mean", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Europe/Paris")]
    [InlineData("America/New_York")]
    [InlineData("Etc/GMT+5")]
    public void A_real_time_zone_outside_Canada_is_refused(string zone)
    {
        var diagnostic = DiagnosticAssert.Only(
            LoadSession($"timeZone: {zone}\n"),
            "WC210",
            Severity.Error,
            Session,
            6,
            11
        );

        Assert.StartsWith(
            $"\"{zone}\" in \"timeZone\" is not a Canadian time zone: sessions are shown in Canadian time only.",
            diagnostic.Message,
            StringComparison.Ordinal
        );
        Assert.Contains("America/Toronto (Eastern)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_default_time_zone_of_the_site_must_be_Canadian_too()
    {
        using var folder = ContentFixtures.CopyOf("valid");
        folder.Write("site.yml", "name: Wellness Connection\ndefaultTimeZone: MST\n");

        var diagnostic = DiagnosticAssert.Only(
            ContentFixtures.LoadFolder(folder.Path),
            "WC210",
            Severity.Error,
            "site.yml",
            2,
            18
        );

        Assert.Contains(
            "Mountain time is America/Edmonton. Write `defaultTimeZone: America/Edmonton`",
            diagnostic.Message,
            StringComparison.Ordinal
        );
    }

    [Theory]
    [InlineData("facilitators: []", "topics: [self-care]", 4, "`facilitators: [daniela-isfan]`")]
    [InlineData("facilitators: [daniela-isfan]", "topics: []", 5, "`topics: [self-care]`")]
    public void An_empty_list_suggests_a_value_that_fits_the_field(
        string facilitators,
        string topics,
        int line,
        string example
    )
    {
        using var folder = ContentFixtures.CopyOf("valid");
        folder.Write(Session, $"---\ntitle: Sleep\nstarts: 2023-12-05T19:00\n{facilitators}\n{topics}\n---\nRest.\n");

        var diagnostic = DiagnosticAssert.Only(
            ContentFixtures.LoadFolder(folder.Path),
            "WC209",
            Severity.Error,
            Session,
            line,
            1
        );

        Assert.EndsWith(
            $"is an empty list; give at least one value, e.g. {example}.",
            diagnostic.Message,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void A_missing_field_is_explained_in_a_sentence_with_one_full_stop()
    {
        using var folder = ContentFixtures.CopyOf("valid-crisis-line");
        var path = Path.Combine(folder.Path, "crisis-lines/988-suicide-crisis-helpline.md");
        File.WriteAllText(
            path,
            File.ReadAllText(path).Replace("source: https://988.ca\n", "", StringComparison.Ordinal)
        );

        var diagnostic = DiagnosticAssert.Only(
            ContentFixtures.LoadFolder(folder.Path),
            "WC202",
            Severity.Error,
            "crisis-lines/988-suicide-crisis-helpline.md",
            1,
            1
        );

        Assert.Equal(
            "the required field \"source\" is missing; add a line `source: ...` to the front matter (where they "
                + "were checked).",
            diagnostic.Message
        );
    }

    [Fact]
    public void A_translation_that_sets_the_start_time_is_reported_on_that_line_of_the_translation()
    {
        var diagnostic = DiagnosticAssert.Only(
            ContentFixtures.Load("not-translatable"),
            "WC211",
            Severity.Error,
            "sessions/2023-12-05-sleep-part-1.fr.md",
            3,
            1
        );

        Assert.Contains(
            "\"starts\" cannot be set in a translation: it is inherited from the English file",
            diagnostic.Message,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "a translation may set: title, registrationUrl, summary",
            diagnostic.Message,
            StringComparison.Ordinal
        );
    }

    /// <summary>The valid session with <paramref name="extra"/> lines added at the end of its front matter (from line
    /// 6).</summary>
    private static WellnessConnection.Content.ContentLoadResult LoadSession(string extra)
    {
        using var folder = ContentFixtures.CopyOf("valid");
        folder.Write(
            Session,
            $"---\ntitle: \"Sleep (part I)\"\nstarts: 2023-12-05T19:00\nfacilitators: [daniela-isfan]\ntopics: "
                + $"[self-care]\n{extra}---\nRest.\n"
        );
        return ContentFixtures.LoadFolder(folder.Path);
    }
}
