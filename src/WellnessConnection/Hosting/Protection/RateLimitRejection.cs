using System.Globalization;
using System.Text.Json;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using WellnessConnection.Hosting.Operations.Telemetry;

namespace WellnessConnection.Hosting.Protection;

/// <summary>The 429 answer: when to retry, in <c>Retry-After</c> and in a GraphQL-shaped error.</summary>
public static class RateLimitRejection
{
    public const string Code = "RATE_LIMITED";

    public static async ValueTask WriteAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : 1;
        rejected.HttpContext.RequestServices.GetService<ContentMetrics>()?.RecordRefusal(Code);
        var response = rejected.HttpContext.Response;
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        response.Headers.CacheControl = "no-store";
        response.ContentType = "application/json; charset=utf-8";
        var error = new
        {
            errors = new[]
            {
                new
                {
                    message = $"Too many requests from this address; retry in {seconds} s.",
                    extensions = new { code = Code },
                },
            },
        };
        await JsonSerializer.SerializeAsync(response.Body, error, cancellationToken: cancellationToken);
    }
}
