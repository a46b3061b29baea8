using Microsoft.AspNetCore.HostFiltering;
using Microsoft.Extensions.Options;

namespace WellnessConnection.Hosting.Operations;

/// <summary>
/// <c>AllowedHosts</c> for everything but the probes and the scrape. The framework filters every request by the
/// <c>Host</c> header; an orchestrator's probes and Prometheus's scrapes name the replica by its own address (a pod
/// IP), which no list of public names can hold. So the framework's filter is told to allow any host, and the same
/// middleware, with the configured list, runs here on every other path.
/// </summary>
public static class OperationsHostFiltering
{
    public static IServiceCollection AddHostFilteringExceptOperations(
        this IServiceCollection services,
        IConfiguration configuration
    )
    {
        var configured = configuration["AllowedHosts"]
            ?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var allowed = new HostFilteringOptions { AllowedHosts = configured is { Length: > 0 } ? configured : ["*"] };
        services.AddSingleton(new ApplicationHosts(allowed));
        // Set before the framework's own post-configuration, which then leaves it alone.
        services.Configure<HostFilteringOptions>(options => options.AllowedHosts = ["*"]);
        return services;
    }

    public static IApplicationBuilder UseHostFilteringExceptOperations(this IApplicationBuilder app)
    {
        var hosts = app.ApplicationServices.GetRequiredService<ApplicationHosts>();
        return app.UseWhen(
            context => !OperationsServices.IsOperationsPath(context.Request.Path),
            branch => branch.UseMiddleware<HostFilteringMiddleware>(hosts)
        );
    }

    /// <summary>The configured <c>AllowedHosts</c>, as the framework's middleware reads its options.</summary>
    private sealed class ApplicationHosts(HostFilteringOptions options) : IOptionsMonitor<HostFilteringOptions>
    {
        public HostFilteringOptions CurrentValue => options;

        public HostFilteringOptions Get(string? name) => options;

        public IDisposable? OnChange(Action<HostFilteringOptions, string?> listener) => null;
    }
}
