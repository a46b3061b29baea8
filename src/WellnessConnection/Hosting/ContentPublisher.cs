using Microsoft.Extensions.Options;
using WellnessConnection.Content;
using WellnessConnection.Content.Diagnostics;
using WellnessConnection.Content.Reports;
using WellnessConnection.Hosting.LiveContent;
using WellnessConnection.Storage;
using WellnessConnection.Storage.Indexing;

namespace WellnessConnection.Hosting;

/// <summary>
/// Reads and validates the content folder, builds an index of it to the side, and publishes that index in one
/// step. Invalid content is reported and changes nothing: the last good index stays in service. One publication
/// runs at a time; each outcome is recorded in <see cref="ReloadStatus"/>, and its full validation report in
/// <see cref="LoadReports"/>.
/// </summary>
public sealed class ContentPublisher(
    IOptions<ContentOptions> options,
    ContentLoader loader,
    ContentIndexer indexer,
    IndexStore store,
    ReloadStatus status,
    LoadReports reports,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    ILogger<ContentPublisher> logger
) : IContentPublisher
{
    private const int ErrorsShown = 10;

    private readonly Lock gate = new();

    public string Directory => options.Value.Directory;

    public string Source => Directory;

    /// <summary>
    /// Publishes the content before the server accepts requests. Invalid content stops the start with the
    /// validation report, so that a broken deployment never serves.
    /// </summary>
    public bool PublishAtStartup(TextWriter report)
    {
        if (!System.IO.Directory.Exists(Directory))
        {
            report.WriteLine(
                $"The content folder \"{Directory}\" does not exist. Set Content__Directory, set Bundles__Directory "
                    + "to serve bundles, or run from the repository root."
            );
            return false;
        }

        var result = Publish();
        if (result.Content is not null)
        {
            // Once serving: the copy would compete with the last steps of the start.
            lifetime.ApplicationStarted.Register(() => store.Current?.PrepareNextPatch());
            return true;
        }

        report.WriteLine($"The server did not start: the content in \"{Directory}\" is not valid.");
        ValidationReportWriter.Write(result, ReportFormat.Text, Directory, report);
        return false;
    }

    /// <summary>Publishes at start-up; exceptions propagate, so that a server that cannot read its content does not
    /// start.</summary>
    public ContentLoadResult Publish() => Run(ContentReload.Startup).Result!;

    /// <summary>Publishes while serving: never throws, the outcome says what happened.</summary>
    public ContentReload Reload(string trigger) => Run(trigger).Reload;

    private (ContentLoadResult? Result, ContentReload Reload) Run(string trigger)
    {
        lock (gate)
        {
            var at = time.GetUtcNow();
            var started = time.GetTimestamp();
            ContentReload reload;
            ContentLoadResult? result = null;
            try
            {
                // The index in service is the basis of a patch: held until the new one is published.
                using var basis = store.TryAcquire();
                var patchable = basis?.Index is { Cache: not null } index ? index : null;
                using var build = indexer.Begin(patchable);
                result = loader.Load(Directory, patchable?.Cache, build);
                ContentIndex? built;
                (reload, built) = result.Content is null
                    ? (Rejected(trigger, at, started, result), null)
                    : Built(trigger, at, started, result, build);
                // Recorded before the new index serves: whoever is answered from it finds /readyz saying where it
                // came from.
                status.Record(reload);
                if (built is not null)
                {
                    Publish(built, trigger, at);
                }
            }
            catch (Exception exception) when (trigger != ContentReload.Startup)
            {
                // Whatever stopped this reload (a folder being replaced, a full disk), the last good index stays in
                // service.
                logger.LogError(
                    exception,
                    "Reload ({Trigger}) of {Directory} failed; the index in service is unchanged.",
                    trigger,
                    Directory
                );
                reload = new ContentReload
                {
                    Trigger = trigger,
                    At = at,
                    DurationMilliseconds = time.GetElapsedTime(started).TotalMilliseconds,
                    Succeeded = false,
                    Version = store.Current?.PublicVersionAt(at),
                    ErrorCount = 1,
                    // The message may quote file text; /readyz is public, the log has it.
                    Errors = [exception.GetType().Name],
                };
                status.Record(reload);
            }

            if (trigger != ContentReload.Startup)
            {
                // The next patch starts from a copy made meanwhile (again, when a rejected reload used the last one).
                store.Current?.PrepareNextPatch();
            }

            reports.Record(reload, result?.Diagnostics ?? [], result?.FileCount ?? 0, store.Current?.SourceVersion);
            return (result, reload);
        }
    }

    /// <summary>The outcome of valid content, and the index built of it when it changed (not yet published).</summary>
    private (ContentReload Reload, ContentIndex? Index) Built(
        string trigger,
        DateTimeOffset at,
        long started,
        ContentLoadResult result,
        IndexBuild build
    )
    {
        var content = result.Content!;
        var changed = store.Current?.SourceVersion != content.Versions.Source;
        var index = changed ? indexer.Complete(build, content, result.Cache) : null;
        if (!changed)
        {
            logger.LogInformation(
                "Content in {Directory} is unchanged ({Version}, {Trigger}); nothing to publish.",
                Directory,
                content.Versions.PublicAt(at),
                trigger
            );
        }

        var reload = new ContentReload
        {
            Trigger = trigger,
            At = at,
            DurationMilliseconds = time.GetElapsedTime(started).TotalMilliseconds,
            Succeeded = true,
            Changed = changed,
            Version = content.Versions.PublicAt(at),
            WarningCount = result.WarningCount,
        };
        return (reload, index);
    }

    private void Publish(ContentIndex index, string trigger, DateTimeOffset at)
    {
        store.Publish(index);
        logger.LogInformation(
            "Published content {Version} from {Directory} ({Trigger}): {Sessions} sessions, {Written} "
                + "documents read and indexed in {Milliseconds} ms ({How}).",
            index.PublicVersionAt(at),
            Directory,
            trigger,
            index.Statistics.DocumentCounts["sessions"],
            index.Statistics.DocumentsWritten,
            (int)index.Statistics.BuildTime.TotalMilliseconds,
            index.Statistics switch
            {
                { CopiedAhead: true } => "patch of a copy of the previous index made ahead",
                { Patched: true } => "patch of the previous index",
                _ => "new index",
            }
        );
    }

    private ContentReload Rejected(string trigger, DateTimeOffset at, long started, ContentLoadResult result)
    {
        var serving = store.Current?.PublicVersionAt(at);
        if (trigger == ContentReload.Startup)
        {
            // The start-up prints the full report itself (ContentStartup).
            logger.LogError(
                "Content in {Directory} has {Errors} errors; the index in service is unchanged.",
                Directory,
                result.ErrorCount
            );
        }
        else
        {
            using var report = new StringWriter();
            ValidationReportWriter.Write(result, ReportFormat.Text, Directory, report);
            logger.LogError(
                "Reload ({Trigger}) of {Directory} rejected: {Errors} errors; still serving {Version}."
                    + "{NewLine}{Report}",
                trigger,
                Directory,
                result.ErrorCount,
                serving,
                Environment.NewLine,
                report.ToString().TrimEnd()
            );
        }

        return new ContentReload
        {
            Trigger = trigger,
            At = at,
            DurationMilliseconds = time.GetElapsedTime(started).TotalMilliseconds,
            Succeeded = false,
            Version = serving,
            ErrorCount = result.ErrorCount,
            WarningCount = result.WarningCount,
            Errors =
            [
                .. result
                    .Diagnostics.Where(d => d.Severity == Severity.Error)
                    .Take(ErrorsShown)
                    .Select(d => $"{d.Path}:{d.Line}:{d.Column}: error {d.Code}"),
            ], // no message: it may quote file text
        };
    }
}
