using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using WellnessConnection.Hosting.GraphQLHttp;
using WellnessConnection.Hosting.Settings;

namespace WellnessConnection.Hosting.Protection;

public static class ProtectionServices
{
    /// <summary>The CORS policy of <see cref="RequireProtection"/>.</summary>
    public const string Policy = "graphql-clients";

    /// <summary>
    /// Request limits (sizes, tokens, timeout; the validation rules are added with the GraphQL registration, see
    /// <see cref="RequestLimitsGraphQLBuilder"/>), the partner CORS policy, per-client rate limits, security headers.
    /// </summary>
    public static IServiceCollection AddProtection(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddCheckedSettings<ProtectionOptions>(configuration, ProtectionOptions.Section);
        services.AddCheckedSettings<ClientRateLimitOptions>(configuration, ClientRateLimitOptions.Section);
        services.AddCheckedSettings<PartnerCorsOptions>(configuration, PartnerCorsOptions.Section);
        services.AddCheckedSettings<SecurityHeadersOptions>(configuration, SecurityHeadersOptions.Section);
        services
            .AddOptions<GraphQLHttpOptions>()
            .Configure<IOptions<ProtectionOptions>>(
                (http, limits) => http.MaxRequestBodyBytes = limits.Value.MaxRequestBytes
            );

        services.AddSingleton<IGraphQLHttpFilter, DocumentLimitsFilter>();
        services.AddSingleton<IGraphQLHttpFilter, ExecutionTimeoutFilter>();

        services.AddCors();
        services
            .AddOptions<CorsOptions>()
            .Configure<IOptions<PartnerCorsOptions>>(
                (cors, partners) => cors.AddPolicy(Policy, policy => PartnerCorsOptions.Apply(partners.Value, policy))
            );

        services.AddSingleton<ClientRateLimiter>();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = RateLimitRejection.WriteAsync;
        });
        services
            .AddOptions<RateLimiterOptions>()
            .Configure<ClientRateLimiter>((limiter, clients) => limiter.GlobalLimiter = clients.Limiter);
        return services;
    }

    /// <summary>
    /// Security headers on every response, static files and failures included: first in the pipeline, then the
    /// handler that turns an unhandled exception into a 500 that still carries them (ASP.NET Core logs it).
    /// </summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.UseMiddleware<SecurityHeadersMiddleware>().UseExceptionHandler(InternalErrorResponse.Options);

    /// <summary>CORS and rate limiting, for the endpoints that ask for them.</summary>
    public static IApplicationBuilder UseProtection(this IApplicationBuilder app) => app.UseCors().UseRateLimiter();

    /// <summary>The partner CORS policy and the per-client rate limit, on one endpoint.</summary>
    public static TBuilder RequireProtection<TBuilder>(this TBuilder endpoint)
        where TBuilder : IEndpointConventionBuilder => endpoint.RequireCors(Policy).RequireClientRateLimit();

    /// <summary>The per-client rate limit (<see cref="ClientRateLimiter"/>), on one endpoint.</summary>
    public static TBuilder RequireClientRateLimit<TBuilder>(this TBuilder endpoint)
        where TBuilder : IEndpointConventionBuilder => endpoint.WithMetadata(ClientRateLimiter.Marker.Instance);
}
