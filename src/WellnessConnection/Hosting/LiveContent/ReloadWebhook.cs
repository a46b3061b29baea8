using System.Globalization;
using Microsoft.Extensions.Options;

namespace WellnessConnection.Hosting.LiveContent;

/// <summary>
/// <c>POST /hooks/reload</c>: reloads the content folder for deployments that pull from git, signed the way GitHub
/// signs webhooks. 404 while no secret is configured, 401 without a valid signature, 413 for an oversized body,
/// 409 for a delivery seen before (<see cref="WebhookDeliveries"/>), 429 beyond the client's rate or the instance's
/// <see cref="ReloadBudget"/>;
/// otherwise 200 with the outcome, 422 with it when the content is invalid (the last good content stays in service),
/// or 202 when the reload outlasts <see cref="Wait"/> (its outcome then appears in <c>/readyz</c>).
/// </summary>
public static class ReloadWebhook
{
    /// <summary>Under GitHub's 10-second delivery timeout.</summary>
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(8);

    /// <summary>GitHub's unique id of a delivery; a redelivery has a new one, but the same body and
    /// signature.</summary>
    public const string DeliveryHeader = "X-GitHub-Delivery";

    public static async Task<IResult> HandleAsync(
        HttpContext context,
        IOptionsMonitor<LiveContentOptions> options,
        ContentReloader reloader,
        WebhookDeliveries deliveries,
        ReloadBudget budget,
        TimeProvider time
    )
    {
        var settings = options.CurrentValue;
        if (string.IsNullOrEmpty(settings.WebhookSecret))
        {
            return Results.NotFound();
        }

        var body = await ReadBodyAsync(context.Request, settings.WebhookMaxBodyBytes, context.RequestAborted);
        if (body is null)
        {
            return Results.Json(
                new { error = $"The body is larger than {settings.WebhookMaxBodyBytes} bytes." },
                statusCode: StatusCodes.Status413PayloadTooLarge
            );
        }

        if (!WebhookSignature.IsValid(settings.WebhookSecret, body, context.Request.Headers[WebhookSignature.Header]))
        {
            context.Response.Headers.WWWAuthenticate = $"{WebhookSignature.Header} algorithm=\"hmac-sha256\"";
            return Results.Json(
                new { error = $"Missing or wrong {WebhookSignature.Header} signature." },
                statusCode: StatusCodes.Status401Unauthorized
            );
        }

        if (
            !deliveries.TryAccept(
                context.Request.Headers[WebhookSignature.Header]!,
                context.Request.Headers[DeliveryHeader]
            )
        )
        {
            return Results.Json(
                new { error = "This delivery was received before; a replay reloads nothing." },
                statusCode: StatusCodes.Status409Conflict
            );
        }

        if (context.Request.Headers["X-GitHub-Event"] == "ping")
        {
            return Results.Json(new { pong = true });
        }

        if (!budget.TryTake(out var retryAfter))
        {
            var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
            context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            return Results.Json(
                new { error = $"Too many reloads this minute; retry in {seconds} s." },
                statusCode: StatusCodes.Status429TooManyRequests
            );
        }

        try
        {
            var reload = await reloader
                .RequestReload(ContentReload.Webhook)
                .WaitAsync(Wait, time, context.RequestAborted);
            return Results.Json(
                reload,
                statusCode: reload.Succeeded ? StatusCodes.Status200OK : StatusCodes.Status422UnprocessableEntity
            );
        }
        catch (TimeoutException)
        {
            return Results.Json(
                new { accepted = true, detail = "The reload is still running; its outcome will appear in /readyz." },
                statusCode: StatusCodes.Status202Accepted
            );
        }
    }

    /// <summary>The raw body (the signature covers its exact bytes), or null when it exceeds <paramref
    /// name="limit"/>.</summary>
    private static async Task<byte[]?> ReadBodyAsync(
        HttpRequest request,
        int limit,
        CancellationToken cancellationToken
    )
    {
        if (request.ContentLength > limit)
        {
            return null;
        }

        using var body = new MemoryStream();
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (body.Length + read > limit)
            {
                return null;
            }

            body.Write(buffer, 0, read);
        }

        return body.ToArray();
    }
}
