using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using WellnessConnection.Hosting.LiveContent;
using WellnessConnection.Storage;
using WellnessConnection.Storage.Bundles;
using WellnessConnection.Storage.Indexing;

namespace WellnessConnection.Hosting.Bundles;

/// <summary>
/// Serves the newest bundle of a folder, and swaps to a newer one in one step when it appears. Never to an older
/// one: a replica's versions only move forward. A bundle that cannot be served (another app build, truncated,
/// corrupt) is refused with its reason, once per state of the file, and the index in service stays.
/// </summary>
public sealed partial class BundlePublisher(
    IOptions<BundleOptions> options,
    ContentIndexer indexer,
    IndexStore store,
    ReloadStatus status,
    TimeProvider time,
    ILogger<BundlePublisher> logger
) : IContentPublisher
{
    private const int ErrorsShown = 10;

    private readonly Lock gate = new();

    /// <summary>Files refused, with their length and time then: refused again only once they change.</summary>
    private readonly Dictionary<string, (long Length, DateTime Written)> refused = [];

    private Candidate? current;

    private sealed record Candidate(string Path, BundleManifest Manifest)
    {
        public string Name => System.IO.Path.GetFileName(Path);

        public bool IsNewerThan(Candidate? other) => other is null || Order(this, other) > 0;

        /// <summary>By the time the bundles were made, then by name.</summary>
        public static int Order(Candidate a, Candidate b)
        {
            var byTime = a.Manifest.CreatedAt.CompareTo(b.Manifest.CreatedAt);
            return byTime != 0 ? byTime : string.CompareOrdinal(a.Name, b.Name);
        }
    }

    public string Source => options.Value.Directory!;

    public bool PublishAtStartup(TextWriter report)
    {
        if (!Directory.Exists(Source))
        {
            report.WriteLine($"The bundle folder \"{Source}\" (Bundles:Directory) does not exist.");
            return false;
        }

        var reload = Reload(ContentReload.Startup);
        if (store.Current is not null)
        {
            return true;
        }

        report.WriteLine($"The server did not start: no bundle in \"{Source}\" can be served.");
        foreach (var reason in reload.Errors)
        {
            report.WriteLine("  " + reason);
        }

        if (reload.Errors.Count == 0)
        {
            report.WriteLine($"  The folder has no *{BundleFile.Extension} file: make one with the bundle command.");
        }

        return false;
    }

    public ContentReload Reload(string trigger)
    {
        lock (gate)
        {
            var at = time.GetUtcNow();
            var started = time.GetTimestamp();
            var errors = new List<string>();
            var published = false;
            foreach (var candidate in Newer(errors))
            {
                if (TryPublish(candidate, errors))
                {
                    published = true;
                    break;
                }
            }

            var reload = new ContentReload
            {
                Trigger = trigger,
                At = at,
                DurationMilliseconds = time.GetElapsedTime(started).TotalMilliseconds,
                Succeeded = errors.Count == 0,
                Changed = published,
                Version = store.Current?.PublicVersionAt(at),
                Bundle = current?.Name,
                ErrorCount = errors.Count,
                Errors = [.. errors.Take(ErrorsShown)],
            };
            // A look that found nothing new is not news: the folder is looked at every few seconds.
            if (published || errors.Count > 0 || trigger != ContentReload.BundleWatch)
            {
                status.Record(reload);
            }

            return reload;
        }
    }

    /// <summary>The bundles newer than the one in service, newest first; the unreadable ones are refused.</summary>
    private List<Candidate> Newer(List<string> errors)
    {
        var newer = new List<Candidate>();
        IEnumerable<string> files;
        try
        {
            files = Directory.EnumerateFiles(Source, "*" + BundleFile.Extension).ToList();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            errors.Add($"{Source} cannot be listed: {exception.Message}");
            LogFolderUnreadable(exception, Source);
            return newer;
        }

        foreach (var path in files.Where(p => !Path.GetFileName(p).StartsWith('.') && !WasRefused(p)))
        {
            try
            {
                var candidate = new Candidate(path, BundleFile.ReadManifest(path));
                if (candidate.IsNewerThan(current))
                {
                    newer.Add(candidate);
                }
            }
            catch (BundleException exception)
            {
                Refuse(path, exception.Message, errors);
            }
        }

        newer.Sort((a, b) => Candidate.Order(b, a));
        return newer;
    }

    private bool TryPublish(Candidate candidate, List<string> errors)
    {
        ContentIndex index;
        try
        {
            index = indexer.Open(candidate.Path, candidate.Manifest);
        }
        catch (Exception exception)
            when (exception is BundleException or IOException or UnauthorizedAccessException or SqliteException)
        {
            Refuse(candidate.Path, exception.Message, errors);
            return false;
        }

        store.Publish(index);
        current = candidate;
        LogPublished(
            candidate.Name,
            index.PublicVersionAt(time.GetUtcNow()),
            candidate.Manifest.CreatedAt,
            candidate.Manifest.SourceCommit ?? "unknown",
            index.Statistics.BuildTime.TotalMilliseconds
        );
        return true;
    }

    private bool WasRefused(string path) => refused.TryGetValue(path, out var seen) && seen == Stamp(path);

    private void Refuse(string path, string reason, List<string> errors)
    {
        refused[path] = Stamp(path);
        errors.Add(reason);
        LogRefused(reason, store.Current?.PublicVersionAt(time.GetUtcNow()) ?? "nothing");
    }

    private static (long Length, DateTime Written) Stamp(string path)
    {
        var file = new FileInfo(path);
        return file.Exists ? (file.Length, file.LastWriteTimeUtc) : (-1, default);
    }

    [LoggerMessage(
        Level = LogLevel.Information,
        Message = "Serving bundle {Bundle}: content {Version}, made {CreatedAt:o} from commit {Commit}, opened in "
            + "{Milliseconds:0} ms."
    )]
    private partial void LogPublished(
        string bundle,
        string version,
        DateTimeOffset createdAt,
        string commit,
        double milliseconds
    );

    [LoggerMessage(Level = LogLevel.Error, Message = "Bundle refused: {Reason} Still serving {Version}.")]
    private partial void LogRefused(string reason, string version);

    [LoggerMessage(Level = LogLevel.Error, Message = "The bundle folder {Folder} cannot be listed.")]
    private partial void LogFolderUnreadable(Exception exception, string folder);
}
