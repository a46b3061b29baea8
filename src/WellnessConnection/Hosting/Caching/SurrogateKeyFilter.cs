using WellnessConnection.GraphQL.Common;
using WellnessConnection.Hosting.GraphQLHttp;
using WellnessConnection.Storage.Reading;

namespace WellnessConnection.Hosting.Caching;

/// <summary>
/// Records the documents an executed GraphQL response shows (<see cref="ResponseDocuments"/>) for its surrogate
/// keys. Inside the response cache, which keeps the keys with the body it keeps.
/// </summary>
internal sealed class SurrogateKeyFilter : IGraphQLHttpFilter
{
    public int Order => GraphQLHttpFilterOrder.SurrogateKeys;

    public async ValueTask<GraphQLHttpResult> InvokeAsync(
        GraphQLHttpExecution execution,
        GraphQLHttpContinuation proceed
    )
    {
        var result = await proceed(execution);
        if (result.Result is { } executed)
        {
            ResponseDocuments.Record(
                executed,
                execution.HttpContext.RequestServices.GetRequiredService<ServedDocuments>()
            );
        }

        return result;
    }
}
