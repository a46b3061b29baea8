using WellnessConnection.Content.Diagnostics;

namespace WellnessConnection.Tests.Content.Validation;

/// <summary>Every diagnostic code has a fixture that produces it, and the valid fixtures the others start from are
/// clean.</summary>
public sealed class FixtureCoverageTests
{
    /// <summary>The committed fixture of each code. WC102, WC103, WC113, WC213, WC214 and WC405 are generated at test
    /// time (see <see cref="HostileFileTests"/>, <see cref="UntrustedFolderTests"/>, <see
    /// cref="ForbiddenCharacterTests"/>).</summary>
    private static readonly Dictionary<string, string> FixtureOf = new(StringComparer.Ordinal)
    {
        ["WC101"] = "empty-file",
        ["WC104"] = "missing-front-matter",
        ["WC105"] = "unclosed-front-matter",
        ["WC106"] = "yaml-unclosed-quote",
        ["WC107"] = "yaml-alias",
        ["WC108"] = "not-a-mapping",
        ["WC109"] = "duplicate-key",
        ["WC110"] = "unknown-folder",
        ["WC111"] = "invalid-file-name",
        ["WC112"] = "yaml-too-deep",
        ["WC114"] = "markdown-too-deep",
        ["WC201"] = "unknown-key",
        ["WC202"] = "missing-field",
        ["WC203"] = "wrong-type",
        ["WC204"] = "invalid-choice",
        ["WC205"] = "invalid-date",
        ["WC206"] = "invalid-url",
        ["WC207"] = "out-of-range",
        ["WC208"] = "invalid-slug",
        ["WC209"] = "empty-value",
        ["WC210"] = "unknown-time-zone",
        ["WC211"] = "not-translatable",
        ["WC212"] = "value-cut-by-comment",
        ["WC301"] = "unknown-topic",
        ["WC302"] = "duplicate-slug",
        ["WC303"] = "orphan-translation",
        ["WC304"] = "duplicate-part",
        ["WC305"] = "part-without-series",
        ["WC306"] = "skipped-local-time",
        ["WC307"] = "repeated-local-time",
        ["WC308"] = "file-date-mismatch",
        ["WC309"] = "missing-site-settings",
        ["WC401"] = "broken-link",
        ["WC402"] = "raw-html",
        ["WC403"] = "unsafe-link",
        ["WC404"] = "resource-without-content",
        ["WC501"] = "no-contact-method",
        ["WC502"] = "stale-verification",
        ["WC503"] = "invalid-phone",
        ["WC504"] = "region-scope-mismatch",
        ["WC505"] = "verified-in-future",
    };

    private static readonly string[] Generated = ["WC102", "WC103", "WC113", "WC213", "WC214", "WC405"];

    public static TheoryData<string> Codes => [.. DiagnosticCodes.All.Select(d => d.Code)];

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_code_has_a_fixture_that_produces_only_that_code(string code)
    {
        if (Generated.Contains(code))
        {
            return;
        }

        Assert.True(
            FixtureOf.TryGetValue(code, out var fixture),
            $"{code} has no fixture: add one under Fixtures/Validation/ and to this table."
        );
        var result = ContentFixtures.Load(fixture);

        Assert.NotEmpty(result.Diagnostics);
        Assert.All(result.Diagnostics, d => Assert.Equal(code, d.Code));
        Assert.All(result.Diagnostics, d =>
            Assert.Equal(DiagnosticCodes.All.Single(c => c.Code == code).Severity, d.Severity)
        );
    }

    [Theory]
    [InlineData("valid")]
    [InlineData("valid-crisis-line")]
    [InlineData("translation-merge")]
    public void A_valid_fixture_has_no_diagnostics_and_gives_content(string fixture)
    {
        var result = ContentFixtures.Load(fixture);

        Assert.Empty(result.Diagnostics);
        Assert.NotNull(result.Content);
    }
}
