namespace WellnessConnection.Hosting.LiveContent;

/// <summary>
/// How many webhook reloads an instance runs a minute (<c>LiveContent:WebhookReloadsPerMinute</c>), whoever asks:
/// even a holder of the secret cannot keep the server rebuilding its index. A fixed one-minute window on the
/// injected clock; GitHub sends one delivery per push, far below it.
/// </summary>
public sealed class ReloadBudget(TimeProvider time, int perMinute)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly Lock gate = new();
    private DateTimeOffset windowStart = DateTimeOffset.MinValue;
    private int used;

    /// <summary>Takes one reload from the budget, or says how long until the next window.</summary>
    public bool TryTake(out TimeSpan retryAfter)
    {
        lock (gate)
        {
            var now = time.GetUtcNow();
            if (now - windowStart >= Window)
            {
                windowStart = now;
                used = 0;
            }

            retryAfter = windowStart + Window - now;
            if (used >= perMinute)
            {
                return false;
            }

            used++;
            return true;
        }
    }
}
