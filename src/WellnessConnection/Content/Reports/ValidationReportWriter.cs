using System.Text.Json;
using WellnessConnection.Content;
using WellnessConnection.Content.Diagnostics;

namespace WellnessConnection.Content.Reports;

/// <summary>Prints a validation report in one of the <see cref="ReportFormat"/>s.</summary>
public static class ValidationReportWriter
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    /// <param name="pathPrefix">Prepended to each file path so that annotations name the file from the repository
    /// root.</param>
    public static void Write(
        ContentLoadResult result,
        ReportFormat format,
        string pathPrefix,
        int fileCount,
        TextWriter output
    )
    {
        switch (format)
        {
            case ReportFormat.Json:
                output.WriteLine(
                    JsonSerializer.Serialize(
                        new
                        {
                            errors = result.ErrorCount,
                            warnings = result.WarningCount,
                            files = fileCount,
                            diagnostics = result.Diagnostics.Select(d => new
                            {
                                path = pathPrefix + d.Path,
                                line = d.Line,
                                column = d.Column,
                                severity = d.Severity == Severity.Error ? "error" : "warning",
                                code = d.Code,
                                message = d.Message,
                            }),
                        },
                        Json
                    )
                );
                return;
            case ReportFormat.Github:
                foreach (var d in result.Diagnostics)
                {
                    var level = d.Severity == Severity.Error ? "error" : "warning";
                    output.WriteLine(
                        $"::{level} file={Escape(pathPrefix + d.Path, true)},line={d.Line},col={d.Column},"
                            + $"title={d.Code}::{Escape(d.Message, false)}"
                    );
                }

                break;
            default:
                foreach (var d in result.Diagnostics)
                {
                    output.WriteLine(d with { Position = d.Position with { Path = pathPrefix + d.Path } });
                }

                break;
        }

        output.WriteLine(Summary(result, fileCount));
    }

    /// <summary>The report of <paramref name="directory"/> as the server and the commands print it: paths under
    /// the folder as given, and the summary over every file read.</summary>
    public static void Write(ContentLoadResult result, ReportFormat format, string directory, TextWriter output) =>
        Write(result, format, directory.TrimEnd('/', '\\') + "/", result.FileCount, output);

    public static string Summary(ContentLoadResult result, int fileCount) =>
        $"{Plural(result.ErrorCount, "error")}, {Plural(result.WarningCount, "warning")} in "
        + $"{Plural(fileCount, "file")}.";

    private static string Plural(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";

    /// <summary>GitHub workflow command escaping (properties also escape <c>:</c> and <c>,</c>).</summary>
    private static string Escape(string value, bool property)
    {
        var escaped = value
            .Replace("%", "%25", StringComparison.Ordinal)
            .Replace("\r", "%0D", StringComparison.Ordinal)
            .Replace("\n", "%0A", StringComparison.Ordinal);
        return property
            ? escaped.Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal)
            : escaped;
    }
}
