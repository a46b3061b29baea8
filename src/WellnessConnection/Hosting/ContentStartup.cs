using WellnessConnection.Content.Reports;

namespace WellnessConnection.Hosting;

public static class ContentStartup
{
    /// <summary>
    /// Publishes the content before the server accepts requests. Invalid content stops the start with the
    /// validation report, so that a broken deployment never serves.
    /// </summary>
    public static bool PublishAtStartup(this ContentPublisher publisher)
    {
        if (!System.IO.Directory.Exists(publisher.Directory))
        {
            Console.Error.WriteLine(
                $"The content folder \"{publisher.Directory}\" does not exist. Set Content__Directory or run from "
                    + $"the repository root."
            );
            return false;
        }

        var result = publisher.Publish();
        if (result.Content is not null)
        {
            return true;
        }

        Console.Error.WriteLine($"The server did not start: the content in \"{publisher.Directory}\" is not valid.");
        ValidationReportWriter.Write(
            result,
            ReportFormat.Text,
            publisher.Directory.TrimEnd('/') + "/",
            result.Diagnostics.Select(d => d.Path).Distinct().Count(),
            Console.Error
        );
        return false;
    }
}
