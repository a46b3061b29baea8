using System.ComponentModel.DataAnnotations;

namespace WellnessConnection.Hosting.Protection;

/// <summary>
/// Requests per client address to the GraphQL endpoint (section <c>Protection:RateLimit</c>): a token bucket that
/// holds <see cref="Burst"/> requests and refills <see cref="PerSecond"/> a second.
/// </summary>
public sealed class ClientRateLimitOptions
{
    public const string Section = "Protection:RateLimit";

    /// <summary>Default true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Requests a client may send at once. Default 100.</summary>
    [Range(1, 1_000_000)]
    public int Burst { get; set; } = 100;

    /// <summary>Requests a second a client may keep sending. Default 20.</summary>
    [Range(1, 1_000_000)]
    public int PerSecond { get; set; } = 20;
}
