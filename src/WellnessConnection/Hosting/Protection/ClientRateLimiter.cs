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
        Limiter = settings.Enabled
            ? PartitionedRateLimiter.Create<HttpContext, string>(context =>
                context.GetEndpoint()?.Metadata.GetMetadata<Marker>() is null
                    ? RateLimitPartition.GetNoLimiter("")
                    : ClientPartition.Of(settings, context)
            )
            : null;
    }

    /// <summary>None when the limit is off (<c>Protection:RateLimit:Enabled</c>): no request pays for a limiter
    /// that lets everything through.</summary>
    public PartitionedRateLimiter<HttpContext>? Limiter { get; }

    /// <summary>True when the request may go on: the limit is off, or its client has a token left.</summary>
    public bool Admits(HttpContext context)
    {
        if (Limiter is null)
        {
            return true;
        }

        using var lease = Limiter.AttemptAcquire(context);
        return lease.IsAcquired;
    }

    public void Dispose() => Limiter?.Dispose();

    /// <summary>The endpoint metadata that puts an endpoint under the limit.</summary>
    internal sealed class Marker
    {
        public static readonly Marker Instance = new();
    }
}
