using System.ComponentModel.DataAnnotations;

namespace WellnessConnection.Hosting.Caching;

/// <summary>HTTP caching of GraphQL responses and the in-process response cache (section <c>Caching</c>).</summary>
public sealed class ResponseCacheOptions
{
    public const string Section = "Caching";

    /// <summary>Keep successful responses in memory and send caching headers. Default true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary><c>max-age</c> of GET responses, and how long the in-process cache keeps one. Default 60.</summary>
    [Range(0, 31_536_000)]
    public int MaxAgeSeconds { get; set; } = 60;

    /// <summary><c>stale-while-revalidate</c> of GET responses. Default 300.</summary>
    [Range(0, 31_536_000)]
    public int StaleWhileRevalidateSeconds { get; set; } = 300;

    /// <summary>
    /// <c>max-age</c> of responses that can show crisis-line details, so that a corrected number spreads quickly.
    /// Default 30.
    /// </summary>
    [Range(0, 31_536_000)]
    public int CrisisLineMaxAgeSeconds { get; set; } = 30;

    /// <summary><c>stale-while-revalidate</c> of responses that can show crisis-line details. Default 30.</summary>
    [Range(0, 31_536_000)]
    public int CrisisLineStaleWhileRevalidateSeconds { get; set; } = 30;

    /// <summary>Memory for the in-process cache, in bytes; least recently used responses go first. Default 64
    /// MiB.</summary>
    [Range(0L, 1L << 40)]
    public long SizeLimitBytes { get; set; } = 64 * 1024 * 1024;

    /// <summary>Larger responses are not kept in memory (they are still sent with caching headers). Default 1
    /// MiB.</summary>
    [Range(0L, 1L << 32)]
    public long MaxEntryBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// Answer a GET that was answered from the cache before with what the whole pipeline sent then, before the rest
    /// of the pipeline runs (<see cref="CachedGetReplay"/>). Default true. Off, every request goes through every
    /// layer.
    /// </summary>
    public bool ReplayGets { get; set; } = true;

    internal Freshness Normal =>
        new(TimeSpan.FromSeconds(MaxAgeSeconds), TimeSpan.FromSeconds(StaleWhileRevalidateSeconds));

    internal Freshness CrisisLines =>
        new(TimeSpan.FromSeconds(CrisisLineMaxAgeSeconds), TimeSpan.FromSeconds(CrisisLineStaleWhileRevalidateSeconds));
}
