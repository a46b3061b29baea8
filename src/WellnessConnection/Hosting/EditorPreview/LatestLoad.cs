using WellnessConnection.Content.Diagnostics;

namespace WellnessConnection.Hosting.EditorPreview;

/// <summary>
/// The outcome of the latest load of the content folder, kept for the editor preview: every problem found (also when
/// the load was rejected and the last good content stays in service), and a generation number that moves on each
/// load, which the preview's event stream waits on.
/// </summary>
public sealed class LatestLoad
{
    private readonly Lock gate = new();
    private TaskCompletionSource next = NewSignal();

    public LoadOutcome Current { get; private set; } = new(0, true, null, []);

    public void Record(bool succeeded, string? version, IReadOnlyList<Diagnostic> diagnostics)
    {
        TaskCompletionSource done;
        lock (gate)
        {
            Current = new LoadOutcome(Current.Generation + 1, succeeded, version, diagnostics);
            done = next;
            next = NewSignal();
        }

        done.SetResult();
    }

    /// <summary>Completes when a load after <paramref name="generation"/> is recorded.</summary>
    public Task WaitForLoadAfterAsync(long generation, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Current.Generation > generation ? Task.CompletedTask : next.Task.WaitAsync(cancellationToken);
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}

/// <summary>One load: its number, whether it was published, the source version, and its problems.</summary>
public sealed record LoadOutcome(
    long Generation,
    bool Succeeded,
    string? Version,
    IReadOnlyList<Diagnostic> Diagnostics
);
