namespace WellnessConnection.Content.Model;

/// <summary>The public version from <see cref="At"/> on, when a scheduled document goes live.</summary>
public sealed record ScheduledVersion(DateTimeOffset At, string Version);
