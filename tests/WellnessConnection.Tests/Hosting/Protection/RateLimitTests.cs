using System.Net;
using System.Text.Json;
using WellnessConnection.Hosting.Protection;
using static WellnessConnection.Tests.Hosting.GraphQLHttp.GraphQLResponseAssert;

namespace WellnessConnection.Tests.Hosting.Protection;

public sealed class RateLimitTests(RateLimitTests.TightFactory factory) : IClassFixture<RateLimitTests.TightFactory>
{
    [Fact]
    public async Task A_burst_over_the_limit_is_429_with_retry_after()
    {
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? refused = null;
        for (var i = 0; i < 6 && refused is null; i++)
        {
            var response = await factory.PostAsync(new { query = "{ contentVersion }" });
            statuses.Add(response.StatusCode);
            if (response.StatusCode is HttpStatusCode.TooManyRequests)
            {
                refused = response;
            }
            else
            {
                response.Dispose();
            }
        }

        Assert.NotNull(refused);
        using (refused)
        {
            Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK], statuses.Take(3));
            Assert.InRange(
                int.Parse(
                    refused.Headers.GetValues("Retry-After").Single(),
                    System.Globalization.CultureInfo.InvariantCulture
                ),
                1,
                60
            );
            var body = await BodyAsync(refused);
            Assert.Equal(
                "RATE_LIMITED",
                body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString()
            );
            Assert.Equal(JsonValueKind.String, body.GetProperty("errors")[0].GetProperty("message").ValueKind);
        }

        // Counted among the refusals an operator watches (the scrape is outside the rate limit).
        var metrics = await factory.CreateClient().GetStringAsync("/metrics");
        Assert.Contains(
            "wc_graphql_refusals_total{otel_scope_name=\"WellnessConnection\",code=\"RATE_LIMITED\"}",
            metrics
        );
    }

    [Theory]
    [InlineData("203.0.113.7", "203.0.113.7")]
    [InlineData("::ffff:203.0.113.7", "203.0.113.7")]
    [InlineData("2001:db8:1:2:3:4:5:6", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2:ffff::1", "2001:db8:1:2::/64")]
    public void Clients_are_told_apart_by_ipv4_address_and_ipv6_64_prefix(string address, string key) =>
        Assert.Equal(key, ClientPartition.KeyOf(IPAddress.Parse(address)));

    public sealed class TightFactory : ClientAddressFactory
    {
        protected override IEnumerable<KeyValuePair<string, string>> Settings =>
            [new("Protection:RateLimit:Burst", "3"), new("Protection:RateLimit:PerSecond", "1")];
    }
}
