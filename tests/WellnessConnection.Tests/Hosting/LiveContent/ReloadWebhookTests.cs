using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using WellnessConnection.Hosting.LiveContent;

namespace WellnessConnection.Tests.Hosting.LiveContent;

public sealed class ReloadWebhookTests
{
    private const string Secret = "It's a Secret to Everybody";
    private const string Body = """{"ref":"refs/heads/main","after":"0d1a26e67d8f5eaf1f6ba5c57fc3c7d91ac0fd1c"}""";

    [Fact]
    public async Task A_signed_call_reloads_the_content_and_answers_with_the_outcome()
    {
        using var factory = new LiveContentFactory(watch: false, webhookSecret: Secret);
        var client = factory.CreateClient();
        var before = await client.FaqAsync();
        factory.SetFaqTitle("Pulled from git");

        using var response = await client.SendAsync(
            Hook(Body, WebhookSignature.Sign(Secret, Encoding.UTF8.GetBytes(Body)))
        );

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var outcome = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("webhook", outcome["trigger"]!.GetValue<string>());
        Assert.True(outcome["succeeded"]!.GetValue<bool>());
        Assert.True(outcome["changed"]!.GetValue<bool>());
        var after = await client.FaqAsync();
        Assert.Equal(("Pulled from git", outcome["version"]!.GetValue<string>()), (after.Title, after.Version));
        Assert.NotEqual(before.Version, after.Version);
    }

    [Fact]
    public async Task The_signature_of_GitHubs_documentation_example_is_accepted()
    {
        // GitHub's documentation, "Validating webhook deliveries", section "Testing the webhook payload validation":
        // https://docs.github.com/en/webhooks/using-webhooks/validating-webhook-deliveries
        Assert.True(
            WebhookSignature.IsValid(
                Secret,
                "Hello, World!"u8,
                "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17"
            )
        );
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("sha256=")]
    [InlineData("sha1=757107ea0eb2509fc211221cce984b8a37570b6d")]
    [InlineData("sha256=0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("sha256=zz7107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17")]
    public async Task A_call_without_a_valid_signature_is_refused_and_reloads_nothing(string? signature)
    {
        using var factory = new LiveContentFactory(watch: false, webhookSecret: Secret);
        var client = factory.CreateClient();
        var before = await client.FaqAsync();
        factory.SetFaqTitle("Should not be served");

        using var response = await client.SendAsync(Hook(Body, signature));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(before, await client.FaqAsync());
    }

    [Fact]
    public async Task A_call_signed_with_another_secret_or_for_another_body_is_refused()
    {
        using var factory = new LiveContentFactory(watch: false, webhookSecret: Secret);
        var client = factory.CreateClient();

        using var otherSecret = await client.SendAsync(
            Hook(Body, WebhookSignature.Sign("another secret", Encoding.UTF8.GetBytes(Body)))
        );
        using var otherBody = await client.SendAsync(
            Hook(Body + " ", WebhookSignature.Sign(Secret, Encoding.UTF8.GetBytes(Body)))
        );

        Assert.Equal(HttpStatusCode.Unauthorized, otherSecret.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, otherBody.StatusCode);
    }

    [Fact]
    public async Task Without_a_configured_secret_the_webhook_does_not_exist()
    {
        using var factory = new LiveContentFactory(watch: false);
        var client = factory.CreateClient();

        using var response = await client.SendAsync(
            Hook(Body, WebhookSignature.Sign("", Encoding.UTF8.GetBytes(Body)))
        );

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_refused_before_its_signature_is_checked()
    {
        using var factory = new LiveContentFactory(watch: false, webhookSecret: Secret);
        var client = factory.CreateClient();
        var body = new string('x', 1024 * 1024 + 1);

        using var response = await client.SendAsync(
            Hook(body, WebhookSignature.Sign(Secret, Encoding.UTF8.GetBytes(body)))
        );

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task A_signed_call_over_invalid_content_answers_422_with_the_errors_and_keeps_serving()
    {
        using var factory = new LiveContentFactory(watch: false, webhookSecret: Secret);
        var client = factory.CreateClient();
        var before = await client.FaqAsync();
        factory.BreakFaq();

        using var response = await client.SendAsync(
            Hook(Body, WebhookSignature.Sign(Secret, Encoding.UTF8.GetBytes(Body)))
        );

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var outcome = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.False(outcome["succeeded"]!.GetValue<bool>());
        Assert.Contains(outcome["errors"]!.AsArray(), e =>
            e!.GetValue<string>().StartsWith("pages/faq.md:", StringComparison.Ordinal)
        );
        Assert.Equal(before, await client.FaqAsync());
    }

    [Fact]
    public async Task GitHubs_ping_is_answered_without_a_reload()
    {
        using var factory = new LiveContentFactory(watch: false, webhookSecret: Secret);
        var client = factory.CreateClient();
        var before = await client.FaqAsync();
        factory.SetFaqTitle("Not on ping");
        using var request = Hook(Body, WebhookSignature.Sign(Secret, Encoding.UTF8.GetBytes(Body)));
        request.Headers.Add("X-GitHub-Event", "ping");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(before, await client.FaqAsync());
    }

    private static HttpRequestMessage Hook(string body, string? signature)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/hooks/reload")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (signature is not null)
        {
            request.Headers.TryAddWithoutValidation(WebhookSignature.Header, signature);
        }

        return request;
    }
}
