using System.CommandLine;
using WellnessConnection.Content;
using WellnessConnection.Content.Diagnostics;
using WellnessConnection.Content.Reports;

namespace WellnessConnection.Cli;

/// <summary><c>validate [content-dir]</c>: what editors run before they commit, and what their CI runs.</summary>
public static class ValidateCommand
{
    public static Command Create(TimeProvider time)
    {
        var directory = new Argument<string>("content-dir")
        {
            Description = "The content folder to check.",
            DefaultValueFactory = _ => "content",
        };
        var warningsAsErrors = new Option<bool>("--warnings-as-errors") { Description = "Fail on warnings too." };
        var format = new Option<ReportFormat>("--format")
        {
            Description = "text (default), json, or github (pull request annotations).",
            DefaultValueFactory = _ => ReportFormat.Text,
        };
        var command = new Command(
            "validate",
            "Check the content folder and print every problem with its file and line."
        )
        {
            directory,
            warningsAsErrors,
            format,
        };
        command.SetAction(parse =>
            Run(
                parse.GetValue(directory)!,
                parse.GetValue(warningsAsErrors),
                parse.GetValue(format),
                time,
                Console.Out,
                Console.Error
            )
        );
        return command;
    }

    public static int Run(
        string directory,
        bool warningsAsErrors,
        ReportFormat format,
        TimeProvider time,
        TextWriter output,
        TextWriter error
    )
    {
        if (!Directory.Exists(directory))
        {
            error.WriteLine(
                $"The content folder \"{directory}\" does not exist. Run `validate <content-dir>` from the "
                    + $"repository root, e.g. `validate content`."
            );
            return 2;
        }

        var result = new ContentLoader(time).Load(directory);
        ValidationReportWriter.Write(result, format, directory, output);
        var failed = result.ErrorCount > 0 || (warningsAsErrors && result.WarningCount > 0);
        return failed ? 1 : 0;
    }
}
