using WellnessConnection.Content.Diagnostics;

namespace WellnessConnection.Tests.Content.Validation;

/// <summary>WC3xx: documents that must agree with each other, and with the calendar.</summary>
public sealed class CrossDocumentRuleTests
{
    private const string Session = "sessions/2023-12-05-sleep-part-1.md";

    [Fact]
    public void An_unknown_topic_is_reported_on_the_line_of_the_topics_key()
    {
        var diagnostic = DiagnosticAssert.Only(
            ContentFixtures.Load("unknown-topic"),
            "WC301",
            Severity.Error,
            Session,
            5,
            1
        );

        Assert.Contains(
            "\"selfcare\" in \"topics\" does not match any file in topics/. Did you mean \"self-care\"?",
            diagnostic.Message,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void An_unknown_facilitator_is_reported_on_the_line_of_the_facilitators_key()
    {
        var diagnostic = DiagnosticAssert.Only(
            ContentFixtures.Load("unknown-facilitator"),
            "WC301",
            Severity.Error,
            Session,
            4,
            1
        );

        Assert.Contains("Did you mean \"daniela-isfan\"?", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_series_is_reported_on_the_line_of_the_series_key()
    {
        var diagnostic = DiagnosticAssert.Only(
            ContentFixtures.Load("unknown-series"),
            "WC301",
            Severity.Error,
            Session,
            6,
            1
        );

        Assert.Contains("or create series/sleep.md", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_session_files_that_differ_only_by_date_have_the_same_slug()
    {
        var diagnostic = DiagnosticAssert.Only(
            ContentFixtures.Load("duplicate-slug"),
            "WC302",
            Severity.Error,
            "sessions/2023-12-12-sleep-part-1.md",
            1,
            1
        );

        Assert.Contains(
            "the slug \"sleep-part-1\" is already used by sessions/2023-12-05-sleep-part-1.md",
            diagnostic.Message,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void A_translation_without_an_original_names_the_file_to_create()
    {
        var diagnostic = DiagnosticAssert.Only(
            ContentFixtures.Load("orphan-translation"),
            "WC303",
            Severity.Error,
            "topics/stress.fr.md",
            1,
            1
        );

        Assert.Contains("create topics/stress.md first", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_part_number_used_twice_in_a_series_is_reported_on_the_later_files_part_line()
    {
        var diagnostic = DiagnosticAssert.Only(
            ContentFixtures.Load("duplicate-part"),
            "WC304",
            Severity.Error,
            "sessions/2023-12-12-sleep-part-2.md",
            7,
            1
        );

        Assert.Contains(
            "sessions/2023-12-05-sleep-part-1.md is already part 1 of the series \"sleep\"",
            diagnostic.Message,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void A_part_number_without_a_series_is_reported_on_the_part_line()
    {
        var diagnostic = DiagnosticAssert.Only(
            ContentFixtures.Load("part-without-series"),
            "WC305",
            Severity.Error,
            Session,
            6,
            1
        );

        Assert.Contains("add `series: <slug>` or remove the part number", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_start_time_skipped_by_the_spring_change_is_an_error()
    {
        var diagnostic = DiagnosticAssert.Only(
            ContentFixtures.Load("skipped-local-time"),
            "WC306",
            Severity.Error,
            "sessions/2024-03-10-sleep-part-1.md",
            3,
            1
        );

        Assert.Contains(
            "2024-03-10T02:30, a time that does not exist in America/Toronto",
            diagnostic.Message,
            StringComparison.Ordinal
        );
        Assert.Contains("clocks jump forward from 02:00 to 03:00", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_start_time_repeated_by_the_fall_change_is_a_warning_and_the_daylight_time_is_used()
    {
        var result = ContentFixtures.Load("repeated-local-time");

        var diagnostic = DiagnosticAssert.Only(
            result,
            "WC307",
            Severity.Warning,
            "sessions/2024-11-03-sleep-part-1.md",
            3,
            1
        );
        Assert.Contains("happens twice in America/Toronto", diagnostic.Message, StringComparison.Ordinal);
        var session = Assert.Single(result.Content!.Sessions).English;
        Assert.Equal(new DateTimeOffset(2024, 11, 3, 1, 30, 0, TimeSpan.FromHours(-4)), session.StartsAt);
    }

    [Fact]
    public void A_file_date_that_differs_from_the_start_date_is_a_warning_on_the_starts_line()
    {
        var diagnostic = DiagnosticAssert.Only(
            ContentFixtures.Load("file-date-mismatch"),
            "WC308",
            Severity.Warning,
            "sessions/2023-12-06-sleep-part-1.md",
            3,
            1
        );

        Assert.Contains(
            "the file name says 2023-12-06 but \"starts\" is on 2023-12-05",
            diagnostic.Message,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void A_content_folder_without_site_settings_says_what_to_create()
    {
        var diagnostic = DiagnosticAssert.Only(
            ContentFixtures.Load("missing-site-settings"),
            "WC309",
            Severity.Error,
            "site.yml",
            1,
            1
        );

        Assert.StartsWith(
            "site.yml is missing from the content folder; create it there with at least the line `name: Wellness "
                + "Connection`",
            diagnostic.Message,
            StringComparison.Ordinal
        );
        Assert.DoesNotContain("content/site.yml", diagnostic.Message, StringComparison.Ordinal);
    }
}
