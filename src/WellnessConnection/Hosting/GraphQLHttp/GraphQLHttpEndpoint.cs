using GraphQL.DI;
using GraphQL.Validation;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace WellnessConnection.Hosting.GraphQLHttp;

/// <summary>
/// The GraphQL-over-HTTP endpoint (https://graphql.github.io/graphql-over-http/draft/): GET and POST,
/// queries only. Needs the app's GraphQL registration (<c>AddGraphQL(b =>
/// b.AddSchema&lt;…&gt;().AddSystemTextJson())</c>) for <c>ISchema</c>, <c>IDocumentExecuter</c> and
/// <c>IGraphQLTextSerializer</c>.
/// </summary>
public static class GraphQLHttpEndpoint
{
    public static IServiceCollection AddGraphQLHttp(this IServiceCollection services)
    {
        services.AddOptions<GraphQLHttpOptions>();
        services.TryAddSingleton<GraphQLHttpRequestReader>();
        services.TryAddSingleton<GraphQLHttpExecutor>();
        services.TryAddSingleton<GraphQLHttpResponseWriter>();
        services.TryAddSingleton<GraphQLHttpHandler>();
        services.TryAddSingleton<ValidatedDocumentCache>();
        services.AddSingleton<IGraphQLHttpFilter, ValidatedDocumentFilter>();
        services.AddSingleton<IConfigureExecution, CheckedDocuments>();
        services.Replace(ServiceDescriptor.Singleton<IDocumentValidator, CheckedDocumentValidator>());
        return services;
    }

    public static IEndpointConventionBuilder MapGraphQLHttp(
        this IEndpointRouteBuilder endpoints,
        string pattern = "/graphql"
    )
    {
        var handler = endpoints.ServiceProvider.GetService<GraphQLHttpHandler>()
            ?? throw new InvalidOperationException(
                $"Call services.{nameof(AddGraphQLHttp)}() before {nameof(MapGraphQLHttp)}()."
            );

        // Every method is mapped, so the handler can answer the ones it refuses with a spec-shaped 405.
        RequestDelegate handle = handler.HandleAsync;
        return endpoints.Map(pattern, handle).WithDisplayName("GraphQL HTTP");
    }
}
