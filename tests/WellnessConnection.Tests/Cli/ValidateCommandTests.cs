using System.Text.Json;
using WellnessConnection.Cli;
using WellnessConnection.Content.Reports;
using WellnessConnection.Tests.Content;

namespace WellnessConnection.Tests.Cli;

/// <summary><c>validate</c>: its exit codes (0 valid, 1 problems, 2 no such folder) and its three report
/// formats.</summary>
public sealed class ValidateCommandTests
{
    [Fact]
    public void The_sample_content_validates_with_exit_code_0()
    {
        var (exit, output, error) = Run(ContentFixtures.SampleContentDirectory);

        Assert.Equal(0, exit);
        Assert.Matches(@"^0 errors, 0 warnings in \d+ files\.$", output.Trim());
        Assert.Equal("", error);
    }

    [Fact]
    public void An_error_gives_exit_code_1_and_prints_path_line_column_code_and_message()
    {
        var directory = ContentFixtures.PathOf("unknown-topic");

        var (exit, output, _) = Run(directory);

        Assert.Equal(1, exit);
        Assert.StartsWith(
            $"{directory}/sessions/2023-12-05-sleep-part-1.md:5:1: error WC301: \"selfcare\" in \"topics\" does not "
                + $"match any file in topics/.",
            output,
            StringComparison.Ordinal
        );
        Assert.EndsWith("1 error, 0 warnings in 4 files.", output.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void Warnings_alone_pass_unless_warnings_are_errors()
    {
        var directory = ContentFixtures.PathOf("stale-verification");

        Assert.Equal(0, Run(directory).Exit);
        Assert.Equal(1, Run(directory, warningsAsErrors: true).Exit);
    }

    [Fact]
    public void The_json_report_parses_and_lists_every_diagnostic()
    {
        var directory = ContentFixtures.PathOf("several-mistakes");

        var (exit, output, _) = Run(directory, format: ReportFormat.Json);

        Assert.Equal(1, exit);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal((4, 1), (root.GetProperty("errors").GetInt32(), root.GetProperty("warnings").GetInt32()));
        var diagnostics = root.GetProperty("diagnostics").EnumerateArray().ToList();
        Assert.Equal(
            ["WC502", "WC401", "WC301", "WC201", "WC202"],
            diagnostics.Select(d => d.GetProperty("code").GetString())
        );
        var first = diagnostics[0];
        Assert.Equal($"{directory}/crisis-lines/988-suicide-crisis-helpline.md", first.GetProperty("path").GetString());
        Assert.Equal((7, 1), (first.GetProperty("line").GetInt32(), first.GetProperty("column").GetInt32()));
        Assert.Equal("warning", first.GetProperty("severity").GetString());
        Assert.Contains("210 days ago", first.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_github_report_prints_one_annotation_per_diagnostic()
    {
        var directory = ContentFixtures.PathOf("unknown-topic");

        var (exit, output, _) = Run(directory, format: ReportFormat.Github);

        Assert.Equal(1, exit);
        var annotation = output.Split('\n')[0];
        Assert.StartsWith(
            $"::error file={directory}/sessions/2023-12-05-sleep-part-1.md,line=5,col=1,title=WC301::\"selfcare\" "
                + $"in \"topics\"",
            annotation,
            StringComparison.Ordinal
        );
        Assert.Contains("Did you mean \"self-care\"?", annotation, StringComparison.Ordinal);
    }

    [Fact]
    public void The_github_report_marks_warnings_as_warnings()
    {
        var (_, output, _) = Run(ContentFixtures.PathOf("stale-verification"), format: ReportFormat.Github);

        Assert.StartsWith("::warning file=", output, StringComparison.Ordinal);
        Assert.Contains(",line=7,col=1,title=WC502::", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_file_count_counts_only_the_files_read_not_the_readme_or_ignored_files()
    {
        using var folder = ContentFixtures.CopyOf("unknown-folder");
        folder.Write("README.md", "# Notes for editors\n");
        folder.Write("topics/notes.txt", "not content\n");

        var (_, output, _) = Run(folder.Path);

        // site.yml and the three documents; not README.md, topic/stress.md (WC110) or topics/notes.txt (WC110).
        Assert.EndsWith("0 errors, 2 warnings in 4 files.", output.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_folder_gives_exit_code_2_and_says_so()
    {
        var directory = Path.Combine(Path.GetTempPath(), "wc-no-such-content-" + Guid.NewGuid().ToString("N"));

        var (exit, output, error) = Run(directory);

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains($"The content folder \"{directory}\" does not exist", error, StringComparison.Ordinal);
    }

    private static (int Exit, string Output, string Error) Run(
        string directory,
        bool warningsAsErrors = false,
        ReportFormat format = ReportFormat.Text
    )
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = ValidateCommand.Run(directory, warningsAsErrors, format, ContentFixtures.Clock(), output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
