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
        services.AddSingleton<ResponseCache>();
        services.AddSingleton<ReplayTable>();
        services.AddSingleton<IGraphQLHttpFilter, ResponseCacheFilter>();
        services.AddSingleton<IGraphQLHttpFilter, SurrogateKeyFilter>();
        return services;
    }

    /// <summary>
    /// Answers repeated GETs of <paramref name="path"/> from the response cache before the rest of the pipeline
    /// (<see cref="CachedGetReplay"/>). First in the pipeline: a layer before it would run on a replayed answer too,
    /// and set again headers the replay sets.
    /// </summary>
    public static IApplicationBuilder UseCachedGetReplay(this IApplicationBuilder app, PathString path) =>
        app.UseMiddleware<CachedGetReplay>(path);
}
