using GraphQL.Execution;
using Microsoft.Extensions.Options;
using WellnessConnection.Hosting.GraphQLHttp;

namespace WellnessConnection.Hosting.Protection;

/// <summary>
/// Cancels an execution that runs longer than <see cref="ProtectionOptions.ExecutionTimeout"/>, through a token linked
/// to the request's own, and says so with a <c>TIMEOUT</c> error. A client that went away is not answered at all.
/// </summary>
internal sealed class ExecutionTimeoutFilter(IOptions<ProtectionOptions> options) : IGraphQLHttpFilter
{
    public int Order => GraphQLHttpFilterOrder.ExecutionTimeout;

    public async ValueTask<GraphQLHttpResult> InvokeAsync(
        GraphQLHttpExecution execution,
        GraphQLHttpContinuation proceed
    )
    {
        var timeout = options.Value.ExecutionTimeout;
        if (timeout <= TimeSpan.Zero)
        {
            return await proceed(execution);
        }

        var aborted = execution.CancellationToken;
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        limit.CancelAfter(timeout);
        execution.CancellationToken = limit.Token;
        try
        {
            return await proceed(execution);
        }
        catch (OperationCanceledException) when (limit.IsCancellationRequested && !aborted.IsCancellationRequested)
        {
            return GraphQLHttpResult.RequestError(
                new TimeoutError(
                    $"The query took longer than {timeout.TotalSeconds:0.###} s to run and was stopped. Ask for "
                        + $"fewer items or fields, or split it into smaller queries."
                )
            );
        }
        finally
        {
            execution.CancellationToken = aborted;
        }
    }
}
