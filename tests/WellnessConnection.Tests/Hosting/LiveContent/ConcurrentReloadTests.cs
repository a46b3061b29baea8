using System.Collections.Concurrent;
using System.Diagnostics;
using Xunit.Abstractions;

namespace WellnessConnection.Tests.Hosting.LiveContent;

public sealed class ConcurrentReloadTests(ITestOutputHelper output)
{
    private const int Readers = 8;
    private const int Edits = 10;

    [Fact]
    public async Task Queries_running_during_repeated_edits_never_fail_and_never_see_a_mix_of_versions()
    {
        using var factory = new LiveContentFactory();
        var client = factory.CreateClient();
        var initial = await client.FaqAsync();
        var seen = new ConcurrentDictionary<string, ConcurrentDictionary<string, byte>>();
        var failures = new ConcurrentQueue<string>();
        var requests = 0;
        using var stop = new CancellationTokenSource();

        async Task ReadAsync()
        {
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    var (version, title) = await client.FaqAsync();
                    seen.GetOrAdd(version, _ => new()).TryAdd(title, 0);
                }
#pragma warning disable CA1031 // Every failure is counted, whatever it is.
                catch (Exception e)
#pragma warning restore CA1031
                {
                    failures.Enqueue(e.Message);
                }

                Interlocked.Increment(ref requests);
            }
        }

        var readers = Enumerable.Range(0, Readers).Select(_ => Task.Run(ReadAsync)).ToList();
        var latencies = new List<long>();
        for (var edit = 1; edit <= Edits; edit++)
        {
            var title = $"Questions, edit {edit}";
            var stopwatch = Stopwatch.StartNew();
            factory.SetFaqTitle(title);
            await Polling.UntilAsync(client.FaqAsync, faq => faq.Title == title);
            latencies.Add(stopwatch.ElapsedMilliseconds);
        }

        await stop.CancelAsync();
        await Task.WhenAll(readers);

        output.WriteLine($"{requests} requests by {Readers} readers during {Edits} edits, {failures.Count} failed.");
        output.WriteLine($"Edit to visible: {string.Join(", ", latencies)} ms (max {latencies.Max()}).");
        Assert.Empty(failures);
        Assert.True(requests > Edits * Readers, $"Only {requests} requests ran.");
        Assert.All(seen, version => Assert.Single(version.Value));
        Assert.Equal(initial.Title, Assert.Single(seen[initial.Version].Keys));
        Assert.True(seen.Count >= Edits + 1, $"Only {seen.Count} versions were served.");
    }
}
