using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace WellnessConnection.Hosting.Operations;

public static class OperationsServices
{
    public const string ReadyTag = "ready";

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
        endpoints.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks(
            "/readyz",
            new HealthCheckOptions
            {
                Predicate = check => check.Tags.Contains(ReadyTag),
                ResponseWriter = ReadinessResponse.WriteAsync,
            }
        );
        return endpoints;
    }
}
