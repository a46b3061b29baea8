using System.Security.Cryptography;
using WellnessConnection.Content.Diagnostics;

namespace WellnessConnection.Hosting.LiveContent;

/// <summary>
/// The latest <see cref="LoadReport"/>, numbered, and the next one for whoever waits for it (the editor preview's
/// event stream). A waiter that falls behind gets the latest report, not each one in between.
/// </summary>
public sealed class LoadReports
{
    private readonly Lock gate = new();
    private readonly string instance = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
    private LoadReport? latest;
    private TaskCompletionSource<LoadReport> next = NewSignal();

    public LoadReport? Latest => Volatile.Read(ref latest);

    public LoadReport Record(ContentReload reload, IReadOnlyList<Diagnostic> diagnostics, int files, string? version)
    {
        TaskCompletionSource<LoadReport> waiting;
        LoadReport report;
        lock (gate)
        {
            var sequence = (latest?.Sequence ?? 0) + 1;
            report = new LoadReport
            {
                Id = $"{instance}-{sequence}",
                Sequence = sequence,
                Reload = reload,
                Diagnostics = diagnostics,
                FileCount = files,
                SourceVersion = version,
            };
            Volatile.Write(ref latest, report);
            waiting = next;
            next = NewSignal();
        }

        waiting.SetResult(report);
        return report;
    }

    /// <summary>The latest report once its sequence is past <paramref name="sequence"/>: at once when it already is,
    /// else when the next run ends.</summary>
    public Task<LoadReport> NextAfterAsync(long sequence, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return latest is { } report && report.Sequence > sequence
                ? Task.FromResult(report)
                : next.Task.WaitAsync(cancellationToken);
        }
    }

    private static TaskCompletionSource<LoadReport> NewSignal() =>
        new(TaskCreationOptions.RunContinuationsAsynchronously);
}
