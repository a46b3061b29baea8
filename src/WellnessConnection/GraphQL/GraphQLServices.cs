using System.Text.Encodings.Web;
using System.Text.Unicode;
using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQLParser.AST;
using WellnessConnection.GraphQL.Common;
using WellnessConnection.GraphQL.Filtering;
using WellnessConnection.GraphQL.Memoization;
using WellnessConnection.GraphQL.Paging;
using WellnessConnection.Storage.Reading;

namespace WellnessConnection.GraphQL;

public static class GraphQLServices
{
    /// <summary>
    /// The schema, its types, and the per-request <see cref="ContentRequest"/> resolvers read from. The host adds
    /// what it enforces around them (request limits) through <paramref name="configure"/>.
    /// </summary>
    public static IServiceCollection AddContentGraphQL(
        this IServiceCollection services,
        Action<IGraphQLBuilder>? configure = null
    )
    {
        services.AddScoped<PublishedContent>();
        services.AddScoped<ContentRequest>();

        // Generic graph types are made per type argument; the DI container makes them on demand.
        services.AddTransient(typeof(ConnectionGraphType<>));
        services.AddTransient(typeof(ListFilterInputType<>));
        services.AddTransient(typeof(EnumOperationFilterInputType<>));
        services.AddTransient(typeof(ListEnumOperationFilterInputType<>));

        services.AddGraphQL(builder =>
        {
            builder
                .AddSchema<ContentSchema>()
                .AddGraphTypes(typeof(ContentSchema).Assembly)
                // French text stays readable in responses; HTML-sensitive characters are still escaped.
                .AddSystemTextJson(json => json.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All))
                // One request reads one DbContext, which is not thread-safe: resolve fields one at a time.
                // Batch loaders still group each level's relations into one query. What a document object answers
                // to a static selection is kept in the index's memo.
                .AddExecutionStrategy<MemoizingExecutionStrategy>(OperationType.Query)
                // An error no rule expected (the database's, a bug) is answered as an error with its code; the log
                // must still tell an operator, with the exception and the request's operation.
                .AddUnhandledExceptionHandler(context =>
                    context
                        .Context?.RequestServices?.GetRequiredService<ILogger<ContentSchema>>()
                        .LogError(
                            context.OriginalException,
                            "Unexpected error in {Operation} at {Path}.",
                            context.Context.Operation.Name?.StringValue ?? "an anonymous operation",
                            context.FieldContext?.Path is { } path ? string.Join('.', path) : "the request"
                        )
                );
            configure?.Invoke(builder);
        });
        return services;
    }
}
