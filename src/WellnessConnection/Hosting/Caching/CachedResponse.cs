namespace WellnessConnection.Hosting.Caching;

/// <summary>A successful response kept in memory: its JSON, a hash of it for the ETag, and when it was stored.</summary>
public sealed record CachedResponse(byte[] Body, string BodyHash, Freshness Freshness, DateTimeOffset StoredAt)
{
    public TimeSpan AgeAt(DateTimeOffset now) => now - StoredAt;

    public bool IsFreshAt(DateTimeOffset now) => AgeAt(now) < Freshness.MaxAge;
}
