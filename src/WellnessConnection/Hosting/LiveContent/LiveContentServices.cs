using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using WellnessConnection.Hosting.Protection;
using WellnessConnection.Hosting.Settings;

namespace WellnessConnection.Hosting.LiveContent;

public static class LiveContentServices
{
    /// <summary>Watching the content folder and reloading it; needs <c>AddContentIndex</c> for the publisher.</summary>
    public static IServiceCollection AddLiveContent(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddCheckedSettings<LiveContentOptions>(configuration, LiveContentOptions.Section);
        services.TryAddSingleton<ReloadStatus>();
        services.AddSingleton<ContentReloader>();
        services.AddSingleton<WebhookDeliveries>();
        services.AddSingleton(provider => new ReloadBudget(
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<IOptions<LiveContentOptions>>().Value.WebhookReloadsPerMinute
        ));
        services.AddHostedService<ContentWatcher>();
        return services;
    }

    /// <summary>
    /// <c>POST /hooks/reload</c>, the reload webhook (404 until <c>LiveContent:WebhookSecret</c> is set), under the
    /// per-client rate limit before its body is even read.
    /// </summary>
    public static IEndpointConventionBuilder MapLiveContent(this IEndpointRouteBuilder endpoints) =>
        endpoints
            .MapPost("/hooks/reload", ReloadWebhook.HandleAsync)
            .WithDisplayName("Reload webhook")
            .RequireClientRateLimit();
}
