using System.Diagnostics;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;

namespace WellnessConnection.Hosting.GraphQLHttp;

/// <summary>
/// The one place a <see cref="GraphQLHttpRequest"/> becomes a <see cref="GraphQLHttpResult"/>. The features'
/// <see cref="IGraphQLHttpFilter"/>s (persisted documents, limits, the response cache, the timeout) run around
/// the execution, in their <see cref="IGraphQLHttpFilter.Order"/>; the pipeline is built once.
/// </summary>
internal sealed class GraphQLHttpExecutor
{
    private readonly IDocumentExecuter executer;
    private readonly GraphQLHttpContinuation pipeline;

    public GraphQLHttpExecutor(IDocumentExecuter executer, IEnumerable<IGraphQLHttpFilter>? filters = null)
    {
        this.executer = executer;
        pipeline = (filters ?? [])
            .OrderByDescending(filter => filter.Order)
            .Aggregate((GraphQLHttpContinuation)ExecuteAsync, (rest, filter) =>
                execution => filter.InvokeAsync(execution, rest)
            );
    }

    public ValueTask<GraphQLHttpResult> ExecuteAsync(
        HttpContext context,
        GraphQLHttpRequest request,
        string responseMediaType = GraphQLHttpMediaTypes.GraphQLResponse
    ) => pipeline(new GraphQLHttpExecution(context, request, responseMediaType));

    private async ValueTask<GraphQLHttpResult> ExecuteAsync(GraphQLHttpExecution execution)
    {
        var context = execution.HttpContext;
        var request = execution.Request;
        // The request's span names what it ran: a trusted document's id, and the operation.
        Activity.Current?.SetTag("graphql.document.id", request.DocumentId);
        Activity.Current?.SetTag("graphql.operation.name", request.OperationName);
        var rule = HttpMethods.IsGet(context.Request.Method)
            ? ReadOnlyOperationRule.ForGet
            : ReadOnlyOperationRule.ForPost;
        var result = await executer.ExecuteAsync(
            new ExecutionOptions
            {
                // Resolved per request: the schema may be registered scoped.
                Schema = context.RequestServices.GetRequiredService<ISchema>(),
                Query = request.Query,
                Document = execution.Document,
                // Left for GraphQL.NET when no filter resolved it (it then answers that it cannot).
                DocumentId = request.Query is null ? request.DocumentId : null,
                OperationName = request.OperationName,
                Variables = request.Variables,
                Extensions = request.Extensions,
                RequestServices = context.RequestServices,
                User = context.User,
                CancellationToken = execution.CancellationToken,
                // Rules the app adds through the GraphQL builder (limits, complexity, which depends on the variables)
                // are appended to these by the executer. A document validated before needs none of the core rules
                // again.
                ValidationRules = execution.DocumentValidated ? [rule] : DocumentValidator.CoreRules.Append(rule),
                // A document cache skips the core rules but must not skip this one.
                CachedDocumentValidationRules = [rule],
            }
        );

        // Executed means validated: whatever the fields then did, the document itself is fine.
        if (result is { Executed: true, Document: { } document })
        {
            execution.Document = document;
            execution.DocumentValidated = true;
        }

        return GraphQLHttpResult.From(result);
    }
}
