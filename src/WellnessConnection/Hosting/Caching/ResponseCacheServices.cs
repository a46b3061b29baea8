using WellnessConnection.Hosting.GraphQLHttp;
using WellnessConnection.Hosting.Settings;

namespace WellnessConnection.Hosting.Caching;

public static class ResponseCacheServices
{
    /// <summary>HTTP caching headers (ETag, Cache-Control, Vary, 304, surrogate keys) and the in-process cache of
    /// GraphQL responses.</summary>
    public static IServiceCollection AddGraphQLResponseCache(
        this IServiceCollection services,
        IConfiguration configuration
    )
    {
        services.AddCheckedSettings<ResponseCacheOptions>(configuration, ResponseCacheOptions.Section);
        services.AddSingleton<IGraphQLHttpFilter, ResponseCacheFilter>();
        services.AddSingleton<IGraphQLHttpFilter, SurrogateKeyFilter>();
        return services;
    }
}
