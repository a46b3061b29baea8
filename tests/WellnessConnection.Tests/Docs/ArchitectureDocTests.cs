using System.Text.RegularExpressions;
using WellnessConnection.Content.Diagnostics;
using WellnessConnection.Tests.Content;

namespace WellnessConnection.Tests.Docs;

/// <summary>docs/architecture.md cannot go stale silently: its tables name every code and every file that
/// exists.</summary>
public sealed partial class ArchitectureDocTests
{
    private static readonly string Repository = Path.GetDirectoryName(ContentFixtures.SampleContentDirectory)!;

    private static readonly string Doc = File.ReadAllText(Path.Combine(Repository, "docs", "architecture.md"));

    [Fact]
    public void The_code_table_lists_every_diagnostic_code_once()
    {
        var listed = CodeRow().Matches(Doc).Select(m => m.Groups[1].Value).ToList();

        Assert.Equal(
            DiagnosticCodes.All.Select(d => d.Code).Order(StringComparer.Ordinal),
            listed.Order(StringComparer.Ordinal)
        );
    }

    [Fact]
    public void Every_file_the_doc_names_exists()
    {
        var named = SourceFile().Matches(Doc).Select(m => m.Groups[1].Value).Distinct().ToList();

        Assert.NotEmpty(named);
        Assert.All(named, file =>
            Assert.True(
                File.Exists(Path.Combine(Repository, "src", "WellnessConnection", file)),
                $"docs/architecture.md names {file}, which does not exist"
            )
        );
    }

    [GeneratedRegex(@"^\| (WC\d{3}) \|", RegexOptions.Multiline)]
    private static partial Regex CodeRow();

    [GeneratedRegex(@"`((?:Content|Storage|GraphQL|Feeds|Embed|Hosting|Http|Formatting|Cli)/[\w/]+\.cs)`")]
    private static partial Regex SourceFile();
}
