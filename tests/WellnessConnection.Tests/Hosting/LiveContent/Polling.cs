using System.Diagnostics;

namespace WellnessConnection.Tests.Hosting.LiveContent;

/// <summary>Waits for the server to catch up with a change, by asking again until the answer is the expected
/// one.</summary>
public static class Polling
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(15);

    public static async Task<T> UntilAsync<T>(Func<Task<T>> probe, Func<T, bool> done, TimeSpan? timeout = null)
    {
        var stopwatch = Stopwatch.StartNew();
        while (true)
        {
            var value = await probe();
            if (done(value))
            {
                return value;
            }

            if (stopwatch.Elapsed > (timeout ?? DefaultTimeout))
            {
                throw new TimeoutException(
                    $"Still not there after {stopwatch.Elapsed.TotalSeconds:0.0} s; last answer: {value}"
                );
            }

            await Task.Delay(10);
        }
    }
}
