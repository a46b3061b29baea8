using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;
using WellnessConnection.Hosting.Settings;

namespace WellnessConnection.Hosting.Protection;

/// <summary>ASP.NET Core's forwarded headers, believed from the <see cref="TrustedProxyOptions"/> only.</summary>
public static class TrustedProxyServices
{
    public static IServiceCollection AddTrustedProxies(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddCheckedSettings<TrustedProxyOptions>(configuration, TrustedProxyOptions.Section);
        services
            .AddOptions<ForwardedHeadersOptions>()
            .Configure<IOptions<TrustedProxyOptions>>(
                (forwarded, trusted) =>
                {
                    // With no known proxy at all, ASP.NET Core's middleware believes every sender: so none is read.
                    var any = trusted.Value.Addresses.Count + trusted.Value.Networks.Count > 0;
                    forwarded.ForwardedHeaders = any
                        ? ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto
                        : ForwardedHeaders.None;
                    // ASP.NET Core trusts loopback by default; here only what the settings name is trusted.
                    forwarded.KnownProxies.Clear();
                    forwarded.KnownIPNetworks.Clear();
                    foreach (var address in trusted.Value.Addresses)
                    {
                        forwarded.KnownProxies.Add(IPAddress.Parse(address));
                    }

                    foreach (var network in trusted.Value.Networks)
                    {
                        forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
                    }

                    // Through a chain of trusted proxies (a CDN, then nginx), back to the first untrusted address.
                    forwarded.ForwardLimit = null;
                }
            );
        return services;
    }

    /// <summary>First in the pipeline: the request log, the rate limit and the links all see the client's
    /// address.</summary>
    public static IApplicationBuilder UseTrustedProxies(this IApplicationBuilder app) => app.UseForwardedHeaders();
}
