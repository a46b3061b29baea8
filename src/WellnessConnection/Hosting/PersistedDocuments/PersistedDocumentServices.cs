using WellnessConnection.Hosting.GraphQLHttp;

namespace WellnessConnection.Hosting.PersistedDocuments;

public static class PersistedDocumentServices
{
    /// <summary>Trusted documents (<c>documentId</c>) and automatic persisted queries for the GraphQL endpoint.</summary>
    public static IServiceCollection AddPersistedDocuments(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PersistedQueriesOptions>(configuration.GetSection(PersistedQueriesOptions.Section));
        services.AddSingleton<TrustedDocumentStore>();
        services.AddSingleton<AutomaticPersistedQueryStore>();
        services.AddSingleton<IGraphQLHttpFilter, PersistedDocumentFilter>();
        return services;
    }
}
