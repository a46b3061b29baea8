using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using WellnessConnection.Content;
using WellnessConnection.Hosting.LiveContent;
using WellnessConnection.Hosting.Settings;
using WellnessConnection.Storage;
using WellnessConnection.Storage.Indexing;
using WellnessConnection.Storage.Reading;

namespace WellnessConnection.Hosting;

public static class HostingServices
{
    /// <summary>The content pipeline and the index it feeds: loader, indexer, the index in service, the publisher, the
    /// record of its last outcome and its last validation report.</summary>
    public static IServiceCollection AddContentIndex(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddCheckedSettings<ContentOptions>(configuration, ContentOptions.Section);
        services.AddCheckedSettings<IndexOptions>(configuration, IndexOptions.Section);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new ContentLoader(sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new ContentIndexer(
            sp.GetRequiredService<IOptions<IndexOptions>>().Value,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetServices<IInterceptor>()
        ));
        services.AddSingleton<IndexStore>();
        services.AddScoped<ServedVersion>();
        services.AddScoped<ServedDocuments>();
        services.TryAddSingleton<ReloadStatus>();
        services.TryAddSingleton<LoadReports>();
        services.AddSingleton<ContentPublisher>();
        services.TryAddSingleton<IContentPublisher>(provider => provider.GetRequiredService<ContentPublisher>());
        return services;
    }
}
