using Microsoft.Extensions.Options;
using WellnessConnection.Hosting.LiveContent;

namespace WellnessConnection.Hosting.Bundles;

/// <summary>
/// Looks for newer bundles: when a bundle file appears in the folder (a rename into place), and every
/// <see cref="BundleOptions.PollSeconds"/> in case the folder's mount raises no events. Each look is a reload, run
/// by the <see cref="ContentReloader"/> one at a time.
/// </summary>
public sealed partial class BundleWatcher(
    IOptions<BundleOptions> options,
    ContentReloader reloader,
    TimeProvider time,
    ILogger<BundleWatcher> logger
) : IHostedService, IDisposable
{
    /// <summary>Lets a burst of events (a copy, then a rename) make one look.</summary>
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(100);

    private FileSystemWatcher? watcher;
    private ITimer? poll;
    private ITimer? debounce;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return Task.CompletedTask;
        }

        var directory = Path.GetFullPath(options.Value.Directory!);
        var every = TimeSpan.FromSeconds(options.Value.PollSeconds);
        debounce = time.CreateTimer(_ => Look(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        poll = time.CreateTimer(_ => Look(), null, every, every);
        watcher = new FileSystemWatcher(directory)
        {
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        watcher.Created += OnChanged;
        watcher.Changed += OnChanged;
        watcher.Renamed += OnChanged;
        watcher.Error += (_, _) => Look();
        watcher.EnableRaisingEvents = true;
        LogWatching(directory, options.Value.PollSeconds);
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
        poll?.Dispose();
        debounce?.Dispose();
    }

    private void OnChanged(object sender, FileSystemEventArgs change)
    {
        if (change.Name is { } name && !name.StartsWith('.'))
        {
            debounce?.Change(Quiet, Timeout.InfiniteTimeSpan);
        }
    }

    private void Look() => _ = reloader.RequestReload(ContentReload.BundleWatch);

    [LoggerMessage(
        Level = LogLevel.Information,
        Message = "Watching {Directory} for newer bundles (and looking every {Seconds} s)."
    )]
    private partial void LogWatching(string directory, int seconds);
}
