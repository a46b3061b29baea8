using WellnessConnection.Content.Diagnostics;

namespace WellnessConnection.Tests.Content.Validation;

/// <summary>
/// The YAML mistakes editors actually make, each explained in plain words with its fix, on the line where it is:
/// WC106 (syntax), WC107 (a value read as an alias) and values cut short by a <c>#</c> (WC209, WC212).
/// </summary>
public sealed class YamlSyntaxTests
{
    private const string Session = "sessions/2023-12-05-sleep-part-1.md";

    private const string Fields = "starts: 2023-12-05T19:00\nfacilitators: [daniela-isfan]\ntopics: [self-care]\n";

    [Theory]
    [InlineData(
        "title: Sleep: navigating disruptions\n" + Fields,
        2,
        13,
        "the value of \"title\" contains a colon followed by a space, which YAML reads as the start of another "
            + "field: put the whole value in double quotes: `title: \"Sleep: navigating disruptions\"`."
    )]
    [InlineData(
        "title: \"Sleep\"\nstarts:2023-12-05T19:00\nfacilitators: [daniela-isfan]\ntopics: [self-care]\n",
        3,
        8,
        "there is no space after the colon in `starts:2023-12-05T19:00`: write `starts: 2023-12-05T19:00`."
    )]
    [InlineData(
        "title: \"Sleep\"\n  starts: 2023-12-05T19:00\nfacilitators: [daniela-isfan]\ntopics: [self-care]\n",
        3,
        1,
        "\"starts\" starts with 2 spaces: a field starts at the beginning of the line."
    )]
    [InlineData(
        "title: \"Sleep\"\n" + Fields + "audience:\n  - physicians\n - residents\n",
        8,
        1,
        "this list item is indented by 1 space, the one above it by 2 spaces"
    )]
    [InlineData(
        "title: [Draft] Sleep\n" + Fields,
        2,
        8,
        "the value of \"title\" starts with `[`, which has a special meaning in YAML: put the whole value in "
            + "double quotes: `title: \"[Draft] Sleep\"`."
    )]
    [InlineData("title: @home\n" + Fields, 2, 8, "the value of \"title\" starts with `@`")]
    public void A_syntax_error_leads_with_the_likely_cause_and_its_fix(
        string frontMatter,
        int line,
        int column,
        string expected
    )
    {
        var diagnostic = DiagnosticAssert.Only(Load(frontMatter), "WC106", Severity.Error, Session, line, column);

        Assert.StartsWith(expected, diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("while scanning", diagnostic.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_list_left_open_before_the_next_field_is_an_error_on_its_line_not_a_crash()
    {
        var diagnostic = DiagnosticAssert.Only(
            Load("title: \"Sleep\"\nstarts: 2023-12-05T19:00\nfacilitators: [daniela-isfan\ntopics: [self-care]\n"),
            "WC106",
            Severity.Error,
            Session,
            4,
            15
        );

        Assert.StartsWith(
            "the list opened with `[` here is not closed: add `]`",
            diagnostic.Message,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void An_error_with_no_known_cause_keeps_the_YAML_reader_s_words_at_the_end()
    {
        var diagnostic = DiagnosticAssert.Only(
            Load("title: \"Sleep\"\n" + Fields + "summary x\nstatus: full\n"),
            "WC106",
            Severity.Error,
            Session,
            6,
            1
        );

        Assert.StartsWith(
            "the front matter cannot be read from here; check this line and the one before it.",
            diagnostic.Message,
            StringComparison.Ordinal
        );
        Assert.EndsWith(
            "(YAML: while parsing a block mapping, did not find expected key.)",
            diagnostic.Message,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void A_title_starting_with_an_asterisk_is_told_to_use_quotes()
    {
        var diagnostic = DiagnosticAssert.Only(
            Load("title: *New* session\n" + Fields),
            "WC107",
            Severity.Error,
            Session,
            2,
            8
        );

        Assert.Contains("not allowed", diagnostic.Message, StringComparison.Ordinal);
        Assert.EndsWith(
            "If you meant text starting with * or &, put the value in double quotes: `title: \"*New* session\"`.",
            diagnostic.Message,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void A_value_starting_with_a_hash_has_no_value_and_is_told_to_use_quotes()
    {
        var diagnostic = DiagnosticAssert.Only(
            Load("title: #1 tip for sleep\n" + Fields),
            "WC209",
            Severity.Error,
            Session,
            2,
            1
        );

        Assert.Equal(
            "\"title\" has no value: YAML reads everything from `#` to the end of the line as a comment. "
                + "If `#1 tip for sleep` is the value, put it in double quotes: `title: \"#1 tip for sleep\"`.",
            diagnostic.Message
        );
    }

    [Fact]
    public void A_hash_after_a_text_value_cuts_it_short_with_a_warning_at_the_hash()
    {
        var result = ContentFixtures.Load("value-cut-by-comment");

        var diagnostic = DiagnosticAssert.Only(result, "WC212", Severity.Warning, Session, 2, 23);
        Assert.Equal(
            "\"title\" is read as \"Sleep, session\": YAML treats ` #2` as a comment and drops it. If it is part "
                + "of the value, "
                + "put the whole value in double quotes: `title: \"Sleep, session #2\"`; if it is a note, move it "
                + "to a line of its own.",
            diagnostic.Message
        );
        Assert.Equal("Sleep, session", Assert.Single(result.Content!.Sessions).English.Title);
    }

    [Theory]
    [InlineData("title: \"Session #2\"\n" + Fields)]
    [InlineData("title: Session#2\n" + Fields)]
    [InlineData(
        "title: \"Sleep\"\nstarts: 2023-12-05T19:00   # 7 PM Eastern\nfacilitators: [daniela-isfan]\ntopics: "
            + "[self-care] # the main one\n"
    )]
    [InlineData("# a note on its own line\ntitle: \"Sleep\"\n" + Fields)]
    public void Quoted_hashes_and_comments_after_non_text_values_are_fine(string frontMatter)
    {
        Assert.Empty(Load(frontMatter).Diagnostics);
    }

    private static WellnessConnection.Content.ContentLoadResult Load(string frontMatter)
    {
        using var folder = ContentFixtures.CopyOf("valid");
        folder.Write(Session, $"---\n{frontMatter}---\nWe explore the challenges of achieving proper rest.\n");
        return ContentFixtures.LoadFolder(folder.Path);
    }
}
