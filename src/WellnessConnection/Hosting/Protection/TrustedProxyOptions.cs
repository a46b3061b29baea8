using System.ComponentModel.DataAnnotations;
using System.Net;

namespace WellnessConnection.Hosting.Protection;

/// <summary>
/// <c>TrustedProxies</c>: the proxies (nginx, a load balancer, a CDN's edge) whose <c>X-Forwarded-For</c> and
/// <c>X-Forwarded-Proto</c> the server believes. A request from any other address is taken at its word for nothing:
/// its own address is the client's, so a client cannot choose its rate limit bucket by sending the header. Empty by
/// default: no proxy is trusted, not even one on loopback.
/// </summary>
public sealed class TrustedProxyOptions : IValidatableObject
{
    public const string Section = "TrustedProxies";

    /// <summary>Proxy addresses, e.g. <c>10.0.0.5</c>.</summary>
    public List<string> Addresses { get; set; } = [];

    /// <summary>Proxy networks in CIDR notation, e.g. <c>10.0.0.0/8</c>.</summary>
    public List<string> Networks { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (address, i) in Addresses.Select((a, i) => (a, i)))
        {
            if (!IPAddress.TryParse(address, out _))
            {
                yield return new ValidationResult(
                    $"{Section}:Addresses:{i} must be an IP address such as 10.0.0.5 (was \"{address}\")."
                );
            }
        }

        foreach (var (network, i) in Networks.Select((n, i) => (n, i)))
        {
            if (!IPNetwork.TryParse(network, out _))
            {
                yield return new ValidationResult(
                    $"{Section}:Networks:{i} must be a network in CIDR notation such as 10.0.0.0/8 (was \"{network}\")."
                );
            }
        }
    }
}
