using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;

namespace WellnessConnection.Hosting.Protection;

/// <summary>
/// The rate limit bucket of a request: one per client IPv4 address, one per IPv6 /64 (what one subscriber usually
/// gets). Behind a proxy, <see cref="TrustedProxyOptions"/> makes the address the client's.
/// </summary>
public static class ClientPartition
{
    public static RateLimitPartition<string> Of(ClientRateLimitOptions settings, HttpContext context)
    {
        // No address (a Unix socket, the in-process test server): nobody to tell apart, so no bucket to fill.
        if (context.Connection.RemoteIpAddress is not { } address)
        {
            return RateLimitPartition.GetNoLimiter("unlimited");
        }

        return RateLimitPartition.GetTokenBucketLimiter(KeyOf(address), _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = settings.Burst,
            TokensPerPeriod = settings.PerSecond,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }

    public static string KeyOf(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }

        if (address.AddressFamily is not AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
