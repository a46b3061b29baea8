using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace WellnessConnection.Hosting.Operations;

public static class OperationsServices
{
    public const string ReadyTag = "ready";

    public const string HealthPath = "/healthz";

    public const string ReadyPath = "/readyz";

    /// <summary>The paths an orchestrator and a scraper ask for, by the replica's own address: outside host filtering
    /// and tracing, and not logged as refusals.</summary>
    public static readonly PathString[] Paths = [HealthPath, ReadyPath, Telemetry.TelemetryServices.ScrapePath];

    public static bool IsOperationsPath(PathString path) =>
        Paths.Any(p => path.Equals(p, StringComparison.OrdinalIgnoreCase));

    /// <summary>Health checks: the content check tagged <see cref="ReadyTag"/>; other features may add theirs with the
    /// tag.</summary>
    public static IServiceCollection AddOperations(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<ContentHealthCheck>("content", tags: [ReadyTag]);
        return services;
    }

    public static IApplicationBuilder UseRequestLogging(this IApplicationBuilder app) =>
        app.UseMiddleware<RequestLogMiddleware>();

    /// <summary><c>/healthz</c>: the process answers. <c>/readyz</c>: content is in service, with its version, counts
    /// and last reload.</summary>
    public static IEndpointRouteBuilder MapOperations(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks(HealthPath, new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks(
            ReadyPath,
            new HealthCheckOptions
            {
                Predicate = check => check.Tags.Contains(ReadyTag),
                ResponseWriter = ReadinessResponse.WriteAsync,
            }
        );
        return endpoints;
    }
}
