using WellnessConnection.Content;
using WellnessConnection.Content.Diagnostics;
using WellnessConnection.Content.Schema;

namespace WellnessConnection.Tests.Content.Validation;

/// <summary>WC5xx: crisis lines, checked at the fixed clock of 2026-11-27.</summary>
public sealed class CrisisLineRuleTests
{
    private const string Line = "crisis-lines/988-suicide-crisis-helpline.md";

    [Fact]
    public void A_crisis_line_without_phone_text_or_url_cannot_be_reached()
    {
        var diagnostic = DiagnosticAssert.Only(
            ContentFixtures.Load("no-contact-method"),
            "WC501",
            Severity.Error,
            Line,
            1,
            1
        );

        Assert.Contains(
            "add at least one of `phone:`, `text:` or `url:`",
            diagnostic.Message,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void A_verification_older_than_180_days_is_a_warning_on_the_lastVerified_line()
    {
        var diagnostic = DiagnosticAssert.Only(
            ContentFixtures.Load("stale-verification"),
            "WC502",
            Severity.Warning,
            Line,
            7,
            1
        );

        Assert.Contains("last verified on 2026-05-01, 210 days ago", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-05-31", false)]
    [InlineData("2026-05-30", true)]
    public void A_verification_is_stale_from_the_181st_day(string lastVerified, bool stale)
    {
        using var folder = ContentFixtures.CopyOf("valid-crisis-line");
        var path = Path.Combine(folder.Path, Line);
        File.WriteAllText(path, File.ReadAllText(path).Replace("2026-11-01", lastVerified, StringComparison.Ordinal));

        var result = ContentFixtures.LoadFolder(folder.Path);

        Assert.Equal(stale ? ["WC502"] : [], result.Diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void A_phone_number_spelt_with_letters_is_not_a_number_readers_can_dial()
    {
        var diagnostic = DiagnosticAssert.Only(
            ContentFixtures.Load("invalid-phone"),
            "WC503",
            Severity.Error,
            Line,
            5,
            1
        );

        Assert.Contains(
            "\"1-800-SOS-4MDS\" in \"phone\" is not a phone number as readers dial it",
            diagnostic.Message,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void A_provincial_line_for_all_of_Canada_is_a_region_scope_mismatch()
    {
        var diagnostic = DiagnosticAssert.Only(
            ContentFixtures.Load("region-scope-mismatch"),
            "WC504",
            Severity.Error,
            Line,
            4,
            1
        );

        Assert.Contains(
            "\"regions\" is [CA] but \"scope\" is provincial",
            diagnostic.Message,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void A_verification_date_in_the_future_is_an_error()
    {
        var diagnostic = DiagnosticAssert.Only(
            ContentFixtures.Load("verified-in-future"),
            "WC505",
            Severity.Error,
            Line,
            7,
            1
        );

        Assert.Contains(
            "\"lastVerified\" is 2026-12-01, after today (2026-11-27)",
            diagnostic.Message,
            StringComparison.Ordinal
        );
    }

    [Theory]
    [InlineData("[en, fr, iu, cr, oj]")]
    [InlineData("[tl, bh, ii, cu]")]
    public void Every_ISO_639_1_code_is_accepted_whatever_languages_the_machine_knows(string languages)
    {
        Assert.Empty(LoadWith("text: \"988\"", $"text: \"988\"\nlanguages: {languages}").Diagnostics);
    }

    [Fact]
    public void The_language_list_is_the_fixed_list_of_184_ISO_639_1_codes()
    {
        Assert.Equal(184, IsoLanguages.Codes.Count);
        Assert.All(IsoLanguages.Codes, code => Assert.Matches("^[a-z]{2}$", code));
    }

    [Theory]
    [InlineData("xx", "")]
    [InlineData("english", "")]
    [InlineData("FR", " Did you mean \"fr\"?")]
    public void A_language_that_is_not_an_ISO_639_1_code_is_named_as_such(string language, string didYouMean)
    {
        var diagnostic = DiagnosticAssert.Only(
            LoadWith("text: \"988\"", $"text: \"988\"\nlanguages: [en, {language}]"),
            "WC204",
            Severity.Error,
            Line,
            7,
            17
        );

        Assert.Equal(
            $"\"{language}\" in \"languages\" is not an ISO 639-1 language code.{didYouMean} "
                + "Use two lower-case letters, e.g. en (English), fr (French), iu (Inuktitut), cr (Cree), oj (Ojibwe).",
            diagnostic.Message
        );
    }

    [Theory]
    [InlineData("YK", "YT")]
    [InlineData("NF", "NL")]
    [InlineData("NFLD", "NL")]
    [InlineData("PEI", "PE")]
    [InlineData("PQ", "QC")]
    [InlineData("QUE", "QC")]
    [InlineData("NWT", "NT")]
    [InlineData("qc", "QC")]
    public void A_common_wrong_region_code_suggests_the_code_meant_not_the_closest_spelling(
        string written,
        string meant
    )
    {
        var diagnostic = DiagnosticAssert.Only(
            LoadWith("regions: [CA]", $"regions: [{written}]"),
            "WC204",
            Severity.Error,
            Line,
            4,
            11
        );

        Assert.StartsWith(
            $"\"{written}\" is not allowed in \"regions\". Did you mean \"{meant}\"? Allowed:",
            diagnostic.Message,
            StringComparison.Ordinal
        );
    }

    /// <summary>The valid crisis line with one line replaced.</summary>
    private static ContentLoadResult LoadWith(string line, string replacement)
    {
        using var folder = ContentFixtures.CopyOf("valid-crisis-line");
        var path = Path.Combine(folder.Path, Line);
        File.WriteAllText(path, File.ReadAllText(path).Replace(line, replacement, StringComparison.Ordinal));
        return ContentFixtures.LoadFolder(folder.Path);
    }
}
