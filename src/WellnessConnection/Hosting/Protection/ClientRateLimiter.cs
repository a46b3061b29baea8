using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace WellnessConnection.Hosting.Protection;

/// <summary>
/// The per-client rate limit (<see cref="ClientPartition"/>) of the endpoints that ask for it
/// (<see cref="ProtectionServices.RequireClientRateLimit"/>). One limiter: ASP.NET Core's rate limiting middleware
/// runs it as its global limiter, and <see cref="Caching.CachedGetReplay"/> asks it before it answers a request
/// early, so a client's requests draw on one bucket whichever layer answers them.
/// </summary>
public sealed class ClientRateLimiter : IDisposable
{
    public ClientRateLimiter(IOptions<ClientRateLimitOptions> options)
    {
        var settings = options.Value;
        Limiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            context.GetEndpoint()?.Metadata.GetMetadata<Marker>() is null
                ? RateLimitPartition.GetNoLimiter("")
                : ClientPartition.Of(settings, context)
        );
    }

    public PartitionedRateLimiter<HttpContext> Limiter { get; }

    public void Dispose() => Limiter.Dispose();

    /// <summary>The endpoint metadata that puts an endpoint under the limit.</summary>
    internal sealed class Marker
    {
        public static readonly Marker Instance = new();
    }
}
