namespace WellnessConnection.Hosting.LiveContent;

/// <summary>
/// Runs reloads one at a time, off the caller's thread, and coalesces requests: a request made while a reload
/// waits to start joins it, since that reload reads the files after the request anyway. At most one reload runs
/// and one waits, however many changes arrive.
/// </summary>
public sealed class ContentReloader(IContentPublisher publisher) : IDisposable
{
    private static readonly TimeSpan ShutdownWait = TimeSpan.FromSeconds(30);

    private readonly Lock gate = new();
    private Task tail = Task.CompletedTask;
    private TaskCompletionSource<ContentReload>? waiting;
    private bool disposed;

    /// <summary>A reload that starts after this call; its task completes with the outcome (cancelled at
    /// shutdown).</summary>
    public Task<ContentReload> RequestReload(string trigger)
    {
        lock (gate)
        {
            if (disposed)
            {
                return Task.FromCanceled<ContentReload>(new CancellationToken(canceled: true));
            }

            if (waiting is not null)
            {
                return waiting.Task;
            }

            var next = new TaskCompletionSource<ContentReload>(TaskCreationOptions.RunContinuationsAsynchronously);
            waiting = next;
            tail = tail.ContinueWith(
                _ => Run(next, trigger),
                CancellationToken.None,
                TaskContinuationOptions.None,
                TaskScheduler.Default
            );
            return next.Task;
        }
    }

    public void Dispose()
    {
        Task last;
        lock (gate)
        {
            disposed = true;
            last = tail;
        }

        // Let a running reload finish rather than leave a half-written index file behind.
        last.Wait(ShutdownWait);
    }

    private void Run(TaskCompletionSource<ContentReload> reload, string trigger)
    {
        lock (gate)
        {
            waiting = null;
            if (disposed)
            {
                reload.SetCanceled();
                return;
            }
        }

        reload.SetResult(publisher.Reload(trigger));
    }
}
