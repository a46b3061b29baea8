using Microsoft.Extensions.Options;

namespace WellnessConnection.Hosting.LiveContent;

/// <summary>
/// Watches the content folder and asks for a reload once changes have been quiet for the debounce time.
/// Changes to hidden files (editors' swap files, <c>.git</c>) are ignored, as the loader ignores them.
/// </summary>
public sealed partial class ContentWatcher(
    IOptions<ContentOptions> content,
    IOptions<LiveContentOptions> options,
    ContentReloader reloader,
    IContentPublisher publisher,
    TimeProvider time,
    ILogger<ContentWatcher> logger
) : IHostedService, IDisposable
{
    private FileSystemWatcher? watcher;
    private ITimer? debounce;

    private TimeSpan Quiet => TimeSpan.FromMilliseconds(Math.Max(0, options.Value.DebounceMilliseconds));

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var directory = Path.GetFullPath(content.Value.Directory);
        if (publisher is not ContentPublisher)
        {
            LogServingElsewhere(publisher.Source);
            return Task.CompletedTask;
        }

        if (!options.Value.Watch)
        {
            LogNotWatching(directory);
            return Task.CompletedTask;
        }

        debounce = time.CreateTimer(
            _ => reloader.RequestReload(ContentReload.Watch),
            null,
            Timeout.InfiniteTimeSpan,
            Timeout.InfiniteTimeSpan
        );
        watcher = new FileSystemWatcher(directory)
        {
            IncludeSubdirectories = true,
            NotifyFilter =
                NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            InternalBufferSize = 64 * 1024,
        };
        watcher.Changed += OnChanged;
        watcher.Created += OnChanged;
        watcher.Deleted += OnChanged;
        watcher.Renamed += OnRenamed;
        watcher.Error += OnError;
        watcher.EnableRaisingEvents = true;
        LogWatching(directory, options.Value.DebounceMilliseconds);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        watcher?.Dispose();
        debounce?.Dispose();
    }

    private void OnChanged(object sender, FileSystemEventArgs change)
    {
        if (!IsHidden(change.Name))
        {
            debounce?.Change(Quiet, Timeout.InfiniteTimeSpan);
        }
    }

    // Editors and git often save by writing a hidden temporary file and renaming it over the real one.
    private void OnRenamed(object sender, RenamedEventArgs rename)
    {
        if (!IsHidden(rename.Name) || !IsHidden(rename.OldName))
        {
            debounce?.Change(Quiet, Timeout.InfiniteTimeSpan);
        }
    }

    private void OnError(object sender, ErrorEventArgs error)
    {
        // Usually an overflow of the change buffer (a large checkout): changes were missed, so reload everything.
        LogWatchError(error.GetException());
        debounce?.Change(Quiet, Timeout.InfiniteTimeSpan);
    }

    private static bool IsHidden(string? relativePath) =>
        relativePath is null || relativePath.Split('/', '\\').Any(part => part.StartsWith('.'));

    [LoggerMessage(
        Level = LogLevel.Information,
        Message = "Watching {Directory} for content changes (debounce {Milliseconds} ms)."
    )]
    private partial void LogWatching(string directory, int milliseconds);

    [LoggerMessage(
        Level = LogLevel.Information,
        Message = "Not watching {Directory}: LiveContent:Watch is off; reload through the webhook or a restart."
    )]
    private partial void LogNotWatching(string directory);

    [LoggerMessage(
        Level = LogLevel.Information,
        Message = "Serving the bundles of {Source}: the content folder is not read or watched."
    )]
    private partial void LogServingElsewhere(string source);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The content watcher reported an error; reloading everything.")]
    private partial void LogWatchError(Exception exception);
}
