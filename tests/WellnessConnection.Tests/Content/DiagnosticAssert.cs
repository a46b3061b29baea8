using WellnessConnection.Content;
using WellnessConnection.Content.Diagnostics;

namespace WellnessConnection.Tests.Content;

/// <summary>Assertions on a validation run. Codes are written out ("WC301"), not taken from DiagnosticCodes: they are a
/// published contract.</summary>
public static class DiagnosticAssert
{
    /// <summary>
    /// The run reported exactly one problem, with this code, severity and position: every file the fixture
    /// did not break is clean. Content is produced exactly when the problem is only a warning.
    /// </summary>
    public static Diagnostic Only(
        ContentLoadResult result,
        string code,
        Severity severity,
        string path,
        int line,
        int column
    )
    {
        var diagnostic = Assert.Single(result.Diagnostics);
        Matches(diagnostic, code, severity, path, line, column);
        Assert.Equal(severity == Severity.Warning, result.Content is not null);
        return diagnostic;
    }

    public static void Matches(
        Diagnostic diagnostic,
        string code,
        Severity severity,
        string path,
        int line,
        int column
    ) =>
        Assert.Equal(
            (code, severity, path, line, column),
            (diagnostic.Code, diagnostic.Severity, diagnostic.Path, diagnostic.Line, diagnostic.Column)
        );
}
