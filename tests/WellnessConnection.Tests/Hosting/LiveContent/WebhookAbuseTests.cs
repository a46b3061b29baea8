using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using WellnessConnection.Hosting.LiveContent;
using WellnessConnection.Tests.Hosting.Protection;

namespace WellnessConnection.Tests.Hosting.LiveContent;

/// <summary>
/// The reload webhook used to accept the same signed delivery without limit, and no limit applied to its callers:
/// a captured request could keep the server rebuilding its index. A replay is refused whatever id it carries, the
/// instance runs a bounded number of reloads a minute, and each client address is rate-limited.
/// </summary>
public sealed class WebhookAbuseTests
{
    private const string Secret = "It's a Secret to Everybody";

    [Fact]
    public async Task A_replayed_delivery_is_refused_even_under_a_new_delivery_id()
    {
        using var factory = new LiveContentFactory(watch: false, webhookSecret: Secret);
        var client = factory.CreateClient();
        var body = Push(1);

        using var first = await client.SendAsync(Hook(body, "delivery-1"));
        using var same = await client.SendAsync(Hook(body, "delivery-1"));
        using var renamed = await client.SendAsync(Hook(body, "delivery-2"));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, same.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, renamed.StatusCode);
    }

    [Fact]
    public async Task A_delivery_id_seen_before_is_refused_with_another_body()
    {
        using var factory = new LiveContentFactory(watch: false, webhookSecret: Secret);
        var client = factory.CreateClient();

        using var first = await client.SendAsync(Hook(Push(1), "delivery-1"));
        using var second = await client.SendAsync(Hook(Push(2), "delivery-1"));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
    }

    [Fact]
    public async Task Distinct_signed_deliveries_beyond_the_budget_of_a_minute_are_refused_with_retry_after()
    {
        using var factory = new LiveContentFactory(watch: false, webhookSecret: Secret);
        var client = factory.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 8; i++)
        {
            using var response = await client.SendAsync(Hook(Push(i), $"delivery-{i}"));
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.True(
                    int.Parse(
                        response.Headers.GetValues("Retry-After").Single(),
                        System.Globalization.CultureInfo.InvariantCulture
                    )
                        is > 0
                            and <= 60
                );
            }
        }

        Assert.Equal(
            [
                .. Enumerable.Repeat(HttpStatusCode.OK, 6),
                HttpStatusCode.TooManyRequests,
                HttpStatusCode.TooManyRequests,
            ],
            statuses
        );
    }

    [Fact]
    public async Task Each_client_is_rate_limited_before_its_body_is_read()
    {
        using var factory = new SmallBurstFactory();
        var client = factory.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            using var response = await client.SendAsync(Hook(Push(i), $"delivery-{i}", signature: "sha256=0"));
            statuses.Add(response.StatusCode);
        }

        // A burst of 3, then 1 a second: unless the loop took seconds, the fourth on are refused.
        Assert.Equal(
            [HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized],
            statuses.Take(3)
        );
        Assert.Contains(HttpStatusCode.TooManyRequests, statuses.Skip(3));
    }

    [Fact]
    public void The_memory_of_deliveries_is_bounded_and_forgets_the_oldest_first()
    {
        var deliveries = new WebhookDeliveries();
        for (var i = 0; i < WebhookDeliveries.Capacity + 10; i++)
        {
            Assert.True(deliveries.TryAccept($"sha256={i:x64}", null));
        }

        Assert.Equal(WebhookDeliveries.Capacity, deliveries.Count);
        Assert.True(deliveries.TryAccept($"sha256={0:x64}", null));
        Assert.False(deliveries.TryAccept($"sha256={WebhookDeliveries.Capacity + 9:x64}", null));
    }

    private static string Push(int n) => $$"""{"ref":"refs/heads/main","after":"{{n:x40}}"}""";

    private static HttpRequestMessage Hook(string body, string deliveryId, string? signature = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/hooks/reload")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation(
            WebhookSignature.Header,
            signature ?? WebhookSignature.Sign(Secret, Encoding.UTF8.GetBytes(body))
        );
        request.Headers.Add(ReloadWebhook.DeliveryHeader, deliveryId);
        return request;
    }

    private sealed class SmallBurstFactory() : LiveContentFactory(watch: false, webhookSecret: Secret)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Protection:RateLimit:Burst", "3");
            builder.UseSetting("Protection:RateLimit:PerSecond", "1");
            builder.ConfigureServices(services =>
                services.AddSingleton<IStartupFilter, ClientAddressFactory.FromClient>()
            );
        }
    }
}
