using System.Globalization;

namespace WellnessConnection.Hosting.Caching;

/// <summary>How long a response stays fresh, and how long after that a cache may still serve it while it
/// refetches.</summary>
public sealed record Freshness(TimeSpan MaxAge, TimeSpan StaleWhileRevalidate)
{
    /// <summary>The <c>Cache-Control</c> of a GET response, which CDNs and browsers may store.</summary>
    public string CacheControl =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"public, max-age={(int)MaxAge.TotalSeconds}, "
                + $"stale-while-revalidate={(int)StaleWhileRevalidate.TotalSeconds}"
        );
}
