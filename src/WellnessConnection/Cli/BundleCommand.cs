using System.CommandLine;
using WellnessConnection.Content;
using WellnessConnection.Content.Reports;
using WellnessConnection.Storage;
using WellnessConnection.Storage.Bundles;
using WellnessConnection.Storage.Indexing;

namespace WellnessConnection.Cli;

/// <summary>
/// <c>bundle [content-dir] --output DIR</c>: validates the content, builds its index and writes it as one bundle
/// file (<see cref="BundleFile"/>) for servers to start from. Run once per content commit, by CI for example.
/// </summary>
public static class BundleCommand
{
    /// <summary>Where CI systems name the commit being built, when <c>--commit</c> is not given.</summary>
    private static readonly string[] CommitVariables = ["GITHUB_SHA", "CI_COMMIT_SHA", "SOURCE_COMMIT"];

    public static Command Create(TimeProvider time)
    {
        var directory = new Argument<string>("content-dir")
        {
            Description = "The content folder to bundle.",
            DefaultValueFactory = _ => "content",
        };
        var output = new Option<string>("--output", "-o")
        {
            Description = "The folder to write the bundle to (created if missing).",
            DefaultValueFactory = _ => "bundles",
        };
        var commit = new Option<string?>("--commit")
        {
            Description =
                "The content commit, recorded in the manifest (default: $GITHUB_SHA, $CI_COMMIT_SHA or "
                + "$SOURCE_COMMIT).",
        };
        var command = new Command("bundle", "Validate the content and write its index as one bundle file.")
        {
            directory,
            output,
            commit,
        };
        command.SetAction(parse =>
            Run(
                parse.GetValue(directory)!,
                parse.GetValue(output)!,
                parse.GetValue(commit) ?? CommitFromEnvironment(),
                time,
                Console.Out,
                Console.Error
            )
        );
        return command;
    }

    public static int Run(
        string directory,
        string outputDirectory,
        string? commit,
        TimeProvider time,
        TextWriter output,
        TextWriter error
    )
    {
        if (!Directory.Exists(directory))
        {
            error.WriteLine($"The content folder \"{directory}\" does not exist.");
            return 2;
        }

        var scratch = Path.Combine(Path.GetTempPath(), $"wc-bundle-{Guid.NewGuid():N}");
        try
        {
            using var indexer = new ContentIndexer(new IndexOptions { Directory = scratch }, time, []);
            using var build = indexer.Begin(basis: null);
            var result = new ContentLoader(time).Load(directory, previous: null, build);
            if (result.Content is null)
            {
                error.WriteLine($"No bundle written: the content in \"{directory}\" is not valid.");
                ValidationReportWriter.Write(result, ReportFormat.Text, directory, error);
                return 1;
            }

            var index = indexer.Complete(build, result.Content, cache: null);
            try
            {
                var createdAt = time.GetUtcNow();
                var version = index.PublicVersionAt(createdAt);
                Directory.CreateDirectory(outputDirectory);
                var path = Path.Combine(outputDirectory, FileName(createdAt, version));
                var manifest = BundleFile.Write(index, createdAt, commit, path);
                output.WriteLine(
                    $"Wrote {path}: content {manifest.ContentVersion}, {manifest.Documents["sessions"]} sessions, "
                        + $"{manifest.PayloadBytes / 1024} KiB, app {manifest.AppVersion}, tzdb "
                        + $"{manifest.TimeZoneDatabase}{(commit is null ? "" : $", commit {commit}")}."
                );
                return 0;
            }
            finally
            {
                index.Release();
            }
        }
        finally
        {
            if (Directory.Exists(scratch))
            {
                Directory.Delete(scratch, recursive: true);
            }
        }
    }

    /// <summary>Sorts by time, and names the version: <c>20261205T142233123Z-5f2c9a1b.wcbundle</c>.</summary>
    public static string FileName(DateTimeOffset createdAt, string version) =>
        $"{createdAt.UtcDateTime:yyyyMMdd'T'HHmmssfff'Z'}-{Short(version)}{BundleFile.Extension}";

    private static string Short(string version)
    {
        var hash = version.Contains(':') ? version[(version.IndexOf(':') + 1)..] : version;
        var safe = new string([.. hash.Where(char.IsAsciiLetterOrDigit)]);
        return safe.Length > 12 ? safe[..12] : safe;
    }

    private static string? CommitFromEnvironment() =>
        CommitVariables.Select(Environment.GetEnvironmentVariable).FirstOrDefault(v => !string.IsNullOrEmpty(v));
}
