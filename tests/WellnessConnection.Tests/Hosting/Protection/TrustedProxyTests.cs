using System.ComponentModel.DataAnnotations;
using System.Net;
using WellnessConnection.Hosting.Protection;

namespace WellnessConnection.Tests.Hosting.Protection;

/// <summary>
/// <c>X-Forwarded-For</c> is believed from configured proxies only. Every request here comes from
/// <see cref="ClientAddressFactory.ClientAddress"/>, with a bucket of 3 requests.
/// </summary>
public sealed class TrustedProxyTests
{
    [Fact]
    public async Task A_spoofed_forwarded_for_sent_straight_to_a_replica_gains_nothing()
    {
        await using var server = new Tight([]);

        // Each request claims another client; all of them empty one bucket, the replica's view of the sender.
        var statuses = await UntilRefusedAsync(server, i => $"198.51.100.{i}");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK], statuses.Take(3));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }

    [Fact]
    public async Task Behind_a_trusted_proxy_each_real_client_has_its_own_bucket()
    {
        await using var server = new Tight([
            new("TrustedProxies:Addresses:0", ClientAddressFactory.ClientAddress.ToString()),
        ]);

        var first = await UntilRefusedAsync(server, _ => "198.51.100.1");
        using var second = await server.PostAsync(Query, headers: ("X-Forwarded-For", "198.51.100.2"));

        Assert.Equal(HttpStatusCode.TooManyRequests, first[^1]);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
    }

    [Fact]
    public async Task A_proxy_network_is_trusted_too_and_a_spoofed_hop_before_it_is_not_the_client()
    {
        await using var server = new Tight([new("TrustedProxies:Networks:0", "203.0.113.0/24")]);

        // The client sent "X-Forwarded-For: 192.0.2.N" itself; the proxy appended the address it saw. Taken for the
        // client, each spoofed hop would have a bucket of its own and no request would be refused.
        var statuses = await UntilRefusedAsync(server, i => $"192.0.2.{i}, 198.51.100.1");

        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }

    [Fact]
    public void Addresses_and_networks_that_do_not_parse_are_refused_at_start()
    {
        var options = new TrustedProxyOptions
        {
            Addresses = ["10.0.0.5", "nginx"],
            Networks = ["10.0.0.0/8", "10.0.0.0/33"],
        };

        var problems = options.Validate(new ValidationContext(options)).Select(r => r.ErrorMessage).ToList();

        Assert.Equal(
            [
                "TrustedProxies:Addresses:1 must be an IP address such as 10.0.0.5 (was \"nginx\").",
                "TrustedProxies:Networks:1 must be a network in CIDR notation such as 10.0.0.0/8 "
                    + "(was \"10.0.0.0/33\").",
            ],
            problems
        );
    }

    private static readonly object Query = new { query = "{ contentVersion }" };

    /// <summary>Posts with the <c>X-Forwarded-For</c> of each attempt until a request is refused.</summary>
    private static Task<List<HttpStatusCode>> UntilRefusedAsync(Tight server, Func<int, string> forwardedFor) =>
        RateLimitProbe.UntilRefusedAsync(i => server.PostAsync(Query, headers: ("X-Forwarded-For", forwardedFor(i))));

    private sealed class Tight(IEnumerable<KeyValuePair<string, string>> settings) : ClientAddressFactory
    {
        protected override IEnumerable<KeyValuePair<string, string>> Settings =>
            [new("Protection:RateLimit:Burst", "3"), new("Protection:RateLimit:PerSecond", "1"), .. settings];
    }
}
