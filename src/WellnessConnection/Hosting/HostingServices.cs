using WellnessConnection.Content;
using WellnessConnection.Storage;
using WellnessConnection.Storage.Indexing;

namespace WellnessConnection.Hosting;

public static class HostingServices
{
    /// <summary>The content pipeline and the index it feeds: loader, indexer, the index in service, the publisher.</summary>
    public static IServiceCollection AddContentIndex(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ContentOptions>(configuration.GetSection(ContentOptions.Section));
        services.Configure<IndexOptions>(configuration.GetSection(IndexOptions.Section));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new ContentLoader(sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new ContentIndexer(
            sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<IndexOptions>>().Value, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IndexStore>();
        services.AddSingleton<ContentPublisher>();
        return services;
    }
}
