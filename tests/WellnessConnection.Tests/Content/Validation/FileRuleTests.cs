using WellnessConnection.Content.Diagnostics;

namespace WellnessConnection.Tests.Content.Validation;

/// <summary>WC1xx: problems with a file itself, before any field is read.</summary>
public sealed class FileRuleTests
{
    [Fact]
    public void An_empty_file_is_reported_at_its_start()
    {
        var diagnostic = DiagnosticAssert.Only(
            ContentFixtures.Load("empty-file"),
            "WC101",
            Severity.Error,
            "topics/stress.md",
            1,
            1
        );

        Assert.Contains("the file is empty", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_without_front_matter_says_how_a_file_starts()
    {
        var diagnostic = DiagnosticAssert.Only(
            ContentFixtures.Load("missing-front-matter"),
            "WC104",
            Severity.Error,
            "topics/stress.md",
            1,
            1
        );

        Assert.Contains("the first line must be `---`", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unclosed_front_matter_block_asks_for_the_closing_line()
    {
        var diagnostic = DiagnosticAssert.Only(
            ContentFixtures.Load("unclosed-front-matter"),
            "WC105",
            Severity.Error,
            "topics/stress.md",
            1,
            1
        );

        Assert.Contains("add a line `---` after the last field", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unclosed_quote_is_reported_where_the_quoted_value_starts()
    {
        var diagnostic = DiagnosticAssert.Only(
            ContentFixtures.Load("yaml-unclosed-quote"),
            "WC106",
            Severity.Error,
            "sessions/2023-12-05-sleep-part-1.md",
            2,
            8
        );

        Assert.Contains("add the missing `\"`", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tab_used_for_indentation_is_reported_on_its_own_line_with_the_tab_hint()
    {
        var diagnostic = DiagnosticAssert.Only(
            ContentFixtures.Load("yaml-tab-indentation"),
            "WC106",
            Severity.Error,
            "sessions/2023-12-05-sleep-part-1.md",
            5,
            1
        );

        Assert.Contains("indented with a tab", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("replace each tab with two spaces", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_anchor_is_refused_at_its_first_use_before_any_alias_is_expanded()
    {
        // The fixture is a "billion laughs": expanding its aliases would make 9^9 strings. A hang fails after 10 s.
        var result = await Task.Run(() => ContentFixtures.Load("yaml-alias")).WaitAsync(TimeSpan.FromSeconds(10));

        var diagnostic = DiagnosticAssert.Only(result, "WC107", Severity.Error, "topics/stress.md", 3, 5);
        Assert.Contains("write the value out in full", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Front_matter_that_is_a_list_is_reported_as_not_key_value_lines()
    {
        var diagnostic = DiagnosticAssert.Only(
            ContentFixtures.Load("not-a-mapping"),
            "WC108",
            Severity.Error,
            "topics/stress.md",
            2,
            1
        );

        Assert.Contains("must be `key: value` lines", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("found a list", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_given_twice_is_reported_on_its_second_line()
    {
        var diagnostic = DiagnosticAssert.Only(
            ContentFixtures.Load("duplicate-key"),
            "WC109",
            Severity.Error,
            "sessions/2023-12-05-sleep-part-1.md",
            6,
            1
        );

        Assert.Contains("\"title\" is set twice", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_in_an_unknown_folder_is_a_warning_that_suggests_the_folder_meant()
    {
        var result = ContentFixtures.Load("unknown-folder");

        var diagnostic = DiagnosticAssert.Only(result, "WC110", Severity.Warning, "topic/stress.md", 1, 1);
        Assert.Contains("this file is ignored", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("Did you mean \"topics\"?", diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Content!.Topics, t => t.Slug == "stress");
    }

    [Fact]
    public void A_file_name_that_is_not_a_slug_gets_a_suggested_name()
    {
        var diagnostic = DiagnosticAssert.Only(
            ContentFixtures.Load("invalid-file-name"),
            "WC111",
            Severity.Error,
            "topics/Burn Out.md",
            1,
            1
        );

        Assert.Contains("rename the file to \"burn-out.md\"", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_session_file_name_without_a_date_asks_for_the_date_prefix()
    {
        var diagnostic = DiagnosticAssert.Only(
            ContentFixtures.Load("session-without-date"),
            "WC111",
            Severity.Error,
            "sessions/sleep-part-1.md",
            1,
            1
        );

        Assert.Contains("rename it to \"<yyyy-mm-dd>-sleep-part-1.md\"", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sessions/2023-12-05-.md", "2023-12-05-my-slug.md")]
    [InlineData("sessions/2023-12-05--.md", "2023-12-05-my-slug.md")]
    [InlineData("sessions/2023-12-05-Sleep Part 2.fr.md", "2023-12-05-sleep-part-2.fr.md")]
    [InlineData("topics/Burn Out.fr.md", "burn-out.fr.md")]
    public void Any_invalid_file_name_gets_a_suggestion_instead_of_stopping_the_run(string path, string suggestion)
    {
        using var folder = ContentFixtures.CopyOf("valid");
        folder.Write(path, "---\nname: x\n---\n");

        var diagnostic = DiagnosticAssert.Only(
            ContentFixtures.LoadFolder(folder.Path),
            "WC111",
            Severity.Error,
            path,
            1,
            1
        );

        Assert.EndsWith($"rename the file to \"{suggestion}\".", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_suggested_file_name_that_is_already_taken_says_so()
    {
        using var folder = ContentFixtures.CopyOf("valid");
        folder.Write("topics/Self Care.md", "---\nname: Self care\n---\n");

        var diagnostic = DiagnosticAssert.Only(
            ContentFixtures.LoadFolder(folder.Path),
            "WC111",
            Severity.Error,
            "topics/Self Care.md",
            1,
            1
        );

        Assert.EndsWith(
            "rename the file to \"self-care.md\". But topics/self-care.md already exists: choose another name, or "
                + "merge the two files if they are the same topic.",
            diagnostic.Message,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void A_session_without_a_date_whose_slug_is_taken_names_the_session_that_has_it()
    {
        using var folder = ContentFixtures.CopyOf("valid");
        folder.Write("sessions/sleep-part-1.md", "---\ntitle: x\n---\n");

        var diagnostic = DiagnosticAssert.Only(
            ContentFixtures.LoadFolder(folder.Path),
            "WC111",
            Severity.Error,
            "sessions/sleep-part-1.md",
            1,
            1
        );

        Assert.EndsWith(
            "But sessions/2023-12-05-sleep-part-1.md already uses the slug \"sleep-part-1\": choose another name, "
                + "or merge the two files if they are the same session.",
            diagnostic.Message,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void The_translation_of_an_unreadable_original_is_still_checked_on_its_own()
    {
        using var folder = ContentFixtures.CopyOf("translation-merge");
        folder.Write("sessions/2023-12-05-sleep-part-1.md", "---\ntitle: [Sleep\n---\nRest.\n");
        folder.Write(
            "sessions/2023-12-05-sleep-part-1.fr.md",
            "---\ntitre: Le sommeil\nstarts: 2023-12-05T19:00\n---\nVoir [ceci](/topics/soins).\n"
        );

        var result = ContentFixtures.LoadFolder(folder.Path);

        Assert.Equal(
            [
                ("sessions/2023-12-05-sleep-part-1.fr.md", 2, "WC201"),
                ("sessions/2023-12-05-sleep-part-1.fr.md", 3, "WC211"),
                ("sessions/2023-12-05-sleep-part-1.fr.md", 5, "WC401"),
                ("sessions/2023-12-05-sleep-part-1.md", 2, "WC106"),
            ],
            result.Diagnostics.Select(d => (d.Path, d.Line, d.Code))
        );
    }

    [Fact]
    public void Front_matter_nested_too_deeply_is_refused_at_the_level_too_many()
    {
        var diagnostic = DiagnosticAssert.Only(
            ContentFixtures.Load("yaml-too-deep"),
            "WC112",
            Severity.Error,
            "topics/stress.md",
            3,
            18
        );

        Assert.Contains("nested more than 8 levels deep", diagnostic.Message, StringComparison.Ordinal);
    }
}
