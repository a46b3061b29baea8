using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;

namespace WellnessConnection.Hosting.GraphQLHttp;

/// <summary>Writes GraphQL results and HTTP-level refusals as spec-shaped JSON with the right status.</summary>
internal sealed class GraphQLHttpResponseWriter(IGraphQLTextSerializer serializer)
{
    public Task WriteResultAsync(HttpContext context, string mediaType, ExecutionResult result)
    {
        var response = context.Response;
        if (result.Errors?.OfType<GetRequiresQueryError>().Any() == true)
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            response.Headers.Allow = HttpMethods.Post;
        }
        else
        {
            // Not executed = a request error (parse, validation, variables): there is no data entry, and
            // graphql-response+json must then say 4xx. application/json keeps its legacy 200.
            response.StatusCode = !result.Executed && mediaType is GraphQLHttpMediaTypes.GraphQLResponse
                ? StatusCodes.Status400BadRequest
                : StatusCodes.Status200OK;
        }

        foreach (var error in result.Errors ?? [])
        {
            // Every error carries extensions.code; those raised without one get GraphQL.NET's name for their type.
            error.Code ??= ErrorInfoProvider.GetErrorCode(error.GetType());
        }

        return WriteAsync(context, mediaType, result);
    }

    /// <remarks>
    /// Refusals go out as application/json: no GraphQL request was read, and the spec keeps
    /// graphql-response+json for actual GraphQL responses.
    /// </remarks>
    public Task WriteRefusalAsync(HttpContext context, GraphQLHttpException refusal)
    {
        var response = context.Response;
        response.StatusCode = refusal.StatusCode;
        if (refusal.Allow is not null)
        {
            response.Headers.Allow = refusal.Allow;
        }

        var error = new ExecutionError(refusal.Message) { Code = refusal.Code };
        return WriteAsync(context, GraphQLHttpMediaTypes.Json, new ExecutionResult { Errors = [error] });
    }

    private Task WriteAsync(HttpContext context, string mediaType, ExecutionResult result)
    {
        context.Response.ContentType = $"{mediaType}; charset=utf-8";
        return serializer.WriteAsync(context.Response.Body, result, context.RequestAborted);
    }
}
