namespace WellnessConnection.Hosting.GraphQLHttp;

/// <summary>
/// One step around execution, registered by a feature (persisted documents, limits, the response cache). A filter
/// may answer without executing (a refusal, a cached response) or change the execution and pass it on.
/// </summary>
public interface IGraphQLHttpFilter
{
    /// <summary>Smaller runs first, around the larger ones; see <see cref="GraphQLHttpFilterOrder"/>.</summary>
    int Order { get; }

    ValueTask<GraphQLHttpResult> InvokeAsync(GraphQLHttpExecution execution, GraphQLHttpContinuation proceed);
}
