using WellnessConnection.Hosting.GraphQLHttp;
using WellnessConnection.Hosting.Settings;

namespace WellnessConnection.Hosting.PersistedDocuments;

public static class PersistedDocumentServices
{
    /// <summary>Trusted documents (<c>documentId</c>) and automatic persisted queries for the GraphQL
    /// endpoint.</summary>
    public static IServiceCollection AddPersistedDocuments(
        this IServiceCollection services,
        IConfiguration configuration
    )
    {
        services.AddCheckedSettings<PersistedQueriesOptions>(configuration, PersistedQueriesOptions.Section);
        services.AddSingleton<TrustedDocumentStore>();
        services.AddSingleton<AutomaticPersistedQueryStore>();
        services.AddSingleton<IGraphQLHttpFilter, PersistedDocumentFilter>();
        return services;
    }
}
