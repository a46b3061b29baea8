using WellnessConnection.Content.Diagnostics;

namespace WellnessConnection.Tests.Content.Validation;

/// <summary>WC5xx: crisis lines, checked at the fixed clock of 2026-11-27.</summary>
public sealed class CrisisLineRuleTests
{
    private const string Line = "crisis-lines/988-suicide-crisis-helpline.md";

    [Fact]
    public void A_crisis_line_without_phone_text_or_url_cannot_be_reached()
    {
        var diagnostic = DiagnosticAssert.Only(ContentFixtures.Load("no-contact-method"), "WC501", Severity.Error, Line, 1, 1);

        Assert.Contains("add at least one of `phone:`, `text:` or `url:`", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_verification_older_than_180_days_is_a_warning_on_the_lastVerified_line()
    {
        var diagnostic = DiagnosticAssert.Only(ContentFixtures.Load("stale-verification"), "WC502", Severity.Warning, Line, 7, 1);

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
        var diagnostic = DiagnosticAssert.Only(ContentFixtures.Load("invalid-phone"), "WC503", Severity.Error, Line, 5, 1);

        Assert.Contains("\"1-800-SOS-4MDS\" in \"phone\" is not a phone number as readers dial it", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_provincial_line_for_all_of_Canada_is_a_region_scope_mismatch()
    {
        var diagnostic = DiagnosticAssert.Only(ContentFixtures.Load("region-scope-mismatch"), "WC504", Severity.Error, Line, 4, 1);

        Assert.Contains("\"regions\" is [CA] but \"scope\" is provincial", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_verification_date_in_the_future_is_an_error()
    {
        var diagnostic = DiagnosticAssert.Only(ContentFixtures.Load("verified-in-future"), "WC505", Severity.Error, Line, 7, 1);

        Assert.Contains("\"lastVerified\" is 2026-12-01, after today (2026-11-27)", diagnostic.Message, StringComparison.Ordinal);
    }
}
