using System.Text.RegularExpressions;
using WellnessConnection.Tests.Content;

namespace WellnessConnection.Tests.Architecture;

/// <summary>
/// The house style's line length, read from <c>.editorconfig</c> (<c>max_line_length</c> under <c>[*.{cs,razor}]</c>),
/// holds for every C# and Razor line in src, tests and bench: comments and strings too, which CSharpier leaves alone.
/// </summary>
public sealed partial class LineLengthTests
{
    private static readonly string Repository = Path.GetDirectoryName(ContentFixtures.SampleContentDirectory)!;

    private static readonly string[] SourceFolders = ["src", "tests", "bench"];

    [Fact]
    public void The_editorconfig_sets_the_house_line_length_for_CSharp_and_Razor() =>
        Assert.Equal(120, MaxLineLength());

    [Fact]
    public void Every_source_line_fits_the_line_length()
    {
        var limit = MaxLineLength();
        var files = SourceFiles().ToList();
        var tooLong = files
            .SelectMany(file =>
                File.ReadLines(file)
                    .Select((line, index) => (line, number: index + 1))
                    .Where(l => l.line.Length > limit)
                    .Select(l => $"{Path.GetRelativePath(Repository, file)}:{l.number} ({l.line.Length})")
            )
            .ToList();

        Assert.True(files.Count > 400, $"only {files.Count} source files were found under {Repository}");
        Assert.True(tooLong.Count == 0, $"{tooLong.Count} lines over {limit}:\n" + string.Join('\n', tooLong));
    }

    private static int MaxLineLength()
    {
        var editorConfig = File.ReadAllText(Path.Combine(Repository, ".editorconfig"));
        var section = SectionPattern().Match(editorConfig);
        Assert.True(section.Success, "no [*.{cs,razor}] section with max_line_length in .editorconfig");
        return int.Parse(section.Groups["limit"].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static IEnumerable<string> SourceFiles() =>
        SourceFolders
            .Select(folder => Path.Combine(Repository, folder))
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.*", SearchOption.AllDirectories))
            .Where(file =>
                file.EndsWith(".cs", StringComparison.Ordinal) || file.EndsWith(".razor", StringComparison.Ordinal)
            )
            .Where(file => !IsBuildOutput(Path.GetRelativePath(Repository, file)));

    private static bool IsBuildOutput(string relative) =>
        relative.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj" or "node_modules" or ".build");

    [GeneratedRegex(@"^\[\*\.\{cs,razor\}\][^\[]*?^max_line_length\s*=\s*(?<limit>\d+)", RegexOptions.Multiline)]
    private static partial Regex SectionPattern();
}
