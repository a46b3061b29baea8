using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using WellnessConnection.Hosting.Settings;

namespace WellnessConnection.Hosting.Bundles;

public static class BundleServices
{
    /// <summary>
    /// Serving bundles when <c>Bundles:Directory</c> is set: the <see cref="IContentPublisher"/> becomes the
    /// <see cref="BundlePublisher"/>, and the <see cref="BundleWatcher"/> looks for newer ones. Needs
    /// <c>AddContentIndex</c> and <c>AddLiveContent</c> (the reloader) before it.
    /// </summary>
    public static IServiceCollection AddBundles(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddCheckedSettings<BundleOptions>(configuration, BundleOptions.Section);
        services.AddSingleton<BundlePublisher>();
        services.Replace(
            ServiceDescriptor.Singleton<IContentPublisher>(provider =>
                provider.GetRequiredService<IOptions<BundleOptions>>().Value.Enabled
                    ? provider.GetRequiredService<BundlePublisher>()
                    : provider.GetRequiredService<ContentPublisher>()
            )
        );
        services.AddHostedService<BundleWatcher>();
        return services;
    }
}
