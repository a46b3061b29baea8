namespace WellnessConnection.Tests.Hosting.LiveContent;

/// <summary>
/// A fixed "now" (content is validated and served as of <see cref="Content.ContentFixtures.Now"/>) with real timers,
/// so that the watcher's debounce and the webhook's wait run in real time.
/// </summary>
public sealed class FixedNowTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
