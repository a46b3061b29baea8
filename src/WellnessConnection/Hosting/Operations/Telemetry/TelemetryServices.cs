using GraphQL.Telemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace WellnessConnection.Hosting.Operations.Telemetry;

/// <summary>
/// Metrics and traces with OpenTelemetry: ASP.NET Core's, the .NET runtime's, GraphQL.NET's spans (recorded only when
/// an OTLP endpoint is set), and <see cref="ContentMetrics"/>. Metrics are scraped at <c>/metrics</c>
/// (OpenTelemetry's Prometheus exporter: the same instruments feed Prometheus and OTLP, with no second metrics
/// library). Both are also sent by OTLP when the
/// standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> (or its per-signal form) is set; every other <c>OTEL_*</c> variable
/// (service name, resource attributes, protocol, headers, sampler) applies as the SDK reads it.
/// </summary>
public static class TelemetryServices
{
    public const string ScrapePath = "/metrics";

    /// <summary>
    /// ASP.NET Core's meters that are worth their cost: requests (<c>http.server.request.duration</c>, active
    /// requests), Kestrel's connections, and exceptions. Not the others that OpenTelemetry's
    /// <c>AddAspNetCoreInstrumentation</c> would add: the memory pool's, updated on every block rented and returned,
    /// routing's match attempts, and the rate limiter's leases, all on every request; a refusal by the rate limiter is
    /// counted in <c>wc_graphql_refusals_total{code="RATE_LIMITED"}</c>. Measured in bench/README.md, "Figures behind
    /// design choices".
    /// </summary>
    private static readonly string[] AspNetCoreMeters =
    [
        "Microsoft.AspNetCore.Hosting",
        "Microsoft.AspNetCore.Server.Kestrel",
        "Microsoft.AspNetCore.Diagnostics",
    ];

    public static IServiceCollection AddTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<ContentMetrics>();
        var otlpTraces = HasOtlpEndpoint(configuration, "TRACES");
        var otlpMetrics = HasOtlpEndpoint(configuration, "METRICS");
        var telemetry = services
            .AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("wellness-connection"))
            .WithMetrics(metrics =>
            {
                metrics
                    .AddMeter(AspNetCoreMeters)
                    .AddRuntimeInstrumentation()
                    .AddMeter(ContentMetrics.MeterName)
                    .AddPrometheusExporter();
                if (otlpMetrics)
                {
                    metrics.AddOtlpExporter();
                }
            });
        // Spans cost every request something; with nowhere to send them, none are recorded. (The log lines' trace ids
        // come from ASP.NET Core's own activity, which exists either way.)
        if (otlpTraces)
        {
            telemetry.WithTracing(tracing =>
                tracing
                    .AddAspNetCoreInstrumentation(options =>
                        options.Filter = context => !OperationsServices.IsOperationsPath(context.Request.Path)
                    )
                    .AddSource(GraphQLTelemetryProvider.SourceName)
                    .AddOtlpExporter()
            );
        }

        return services;
    }

    /// <summary><c>/metrics</c>, for Prometheus; like the probes, answered whatever the <c>Host</c>.</summary>
    public static IEndpointConventionBuilder MapMetrics(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPrometheusScrapingEndpoint(ScrapePath);

    private static bool HasOtlpEndpoint(IConfiguration configuration, string signal) =>
        !string.IsNullOrEmpty(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"])
        || !string.IsNullOrEmpty(configuration[$"OTEL_EXPORTER_OTLP_{signal}_ENDPOINT"]);
}
