using WellnessConnection.Hosting.LiveContent;

namespace WellnessConnection.Tests.Hosting.LiveContent;

/// <summary>The latest load's report, numbered, and the wait for the next one.</summary>
public sealed class LoadReportsTests
{
    private static readonly ContentReload Reload = new()
    {
        Trigger = ContentReload.Watch,
        At = DateTimeOffset.UnixEpoch,
        DurationMilliseconds = 1,
        Succeeded = true,
    };

    [Fact]
    public async Task A_waiter_behind_the_latest_report_gets_it_at_once()
    {
        var reports = new LoadReports();
        reports.Record(Reload, [], 1, "a");
        var second = reports.Record(Reload, [], 1, "b");

        var next = reports.NextAfterAsync(0, CancellationToken.None);

        Assert.True(next.IsCompletedSuccessfully);
        Assert.Same(second, await next);
        Assert.Equal(2, second.Sequence);
    }

    [Fact]
    public async Task A_waiter_at_the_latest_report_gets_the_next_one_when_it_is_recorded()
    {
        var reports = new LoadReports();
        var first = reports.Record(Reload, [], 1, "a");

        var next = reports.NextAfterAsync(first.Sequence, CancellationToken.None);
        Assert.False(next.IsCompleted);
        var second = reports.Record(Reload with { Succeeded = false }, [], 1, "a");

        Assert.Same(second, await next);
    }

    [Fact]
    public void Ids_name_the_process_and_the_run()
    {
        var one = new LoadReports().Record(Reload, [], 1, "a");
        var other = new LoadReports().Record(Reload, [], 1, "a");

        Assert.EndsWith("-1", one.Id, StringComparison.Ordinal);
        Assert.NotEqual(one.Id, other.Id);
    }

    [Fact]
    public async Task A_cancelled_wait_ends()
    {
        var reports = new LoadReports();
        using var cancel = new CancellationTokenSource();

        var next = reports.NextAfterAsync(0, cancel.Token);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => next);
    }
}
