using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;

namespace WellnessConnection.Hosting.GraphQLHttp;

/// <summary>
/// The one place a <see cref="GraphQLHttpRequest"/> becomes an <see cref="ExecutionResult"/>;
/// persisted queries, caching and limits hook in here.
/// </summary>
internal sealed class GraphQLHttpExecutor(IDocumentExecuter executer)
{
    public Task<ExecutionResult> ExecuteAsync(HttpContext context, GraphQLHttpRequest request)
    {
        var rule = HttpMethods.IsGet(context.Request.Method) ? ReadOnlyOperationRule.ForGet : ReadOnlyOperationRule.ForPost;
        return executer.ExecuteAsync(new ExecutionOptions
        {
            // Resolved per request: the schema may be registered scoped.
            Schema = context.RequestServices.GetRequiredService<ISchema>(),
            Query = request.Query,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = context.RequestServices,
            User = context.User,
            CancellationToken = context.RequestAborted,
            // Rules the app adds through the GraphQL builder are appended to these by the executer.
            ValidationRules = DocumentValidator.CoreRules.Append(rule),
            // A document cache skips the core rules but must not skip this one.
            CachedDocumentValidationRules = [rule],
        });
    }
}
