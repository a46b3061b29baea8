using System.Collections.Concurrent;

namespace WellnessConnection.Storage.Indexing;

/// <summary>
/// One long-running thread that runs queued writes in order, behind a short queue that makes producers wait while it
/// is full. After a failure it keeps taking writes and drops them, so a producer never blocks; <see cref="Finish"/>
/// returns the failure.
/// </summary>
internal sealed class WriterThread : IDisposable
{
    private readonly BlockingCollection<Action> queue;
    private readonly Task running;
    private Exception? failure;

    public WriterThread(int capacity)
    {
        queue = new BlockingCollection<Action>(capacity);
        running = Task.Factory.StartNew(
            Drain,
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default
        );
    }

    /// <summary>Queues a write; waits while the queue is full.</summary>
    public void Post(Action write) => queue.Add(write);

    /// <summary>Runs what is queued, stops the thread, and returns the first failure, if any.</summary>
    public Exception? Finish()
    {
        if (!queue.IsAddingCompleted)
        {
            queue.CompleteAdding();
        }

        running.Wait();
        return failure;
    }

    public void Dispose()
    {
        Finish();
        queue.Dispose();
    }

    private void Drain()
    {
        foreach (var write in queue.GetConsumingEnumerable())
        {
            if (failure is not null)
            {
                continue;
            }

            try
            {
                write();
            }
            catch (Exception exception)
            {
                failure = exception;
            }
        }
    }
}
