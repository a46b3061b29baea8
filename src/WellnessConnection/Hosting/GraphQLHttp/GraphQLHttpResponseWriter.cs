using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;
using WellnessConnection.Hosting.Operations.Telemetry;

namespace WellnessConnection.Hosting.GraphQLHttp;

/// <summary>Writes GraphQL results and HTTP-level refusals as spec-shaped JSON with the right status.</summary>
internal sealed class GraphQLHttpResponseWriter(IGraphQLTextSerializer serializer, ContentMetrics? metrics = null)
{
    private const int MaxInitialBuffer = 256 * 1024;

    private int lastLength;

    public async Task WriteAsync(HttpContext context, string mediaType, GraphQLHttpResult result)
    {
        if (result.Result is { } executionResult)
        {
            await WriteResultAsync(context, mediaType, executionResult);
        }
        else if (result.Body is { } body)
        {
            // A stored successful response: 200 in both media types, and the same bytes.
            context.Response.StatusCode = StatusCodes.Status200OK;
            context.Response.ContentType = ContentType(mediaType);
            context.Response.ContentLength = body.Length;
            await context.Response.Body.WriteAsync(body, context.RequestAborted);
        }
        else
        {
            // 304 has no body; the validators and caching headers are already set.
            context.Response.StatusCode = StatusCodes.Status304NotModified;
        }
    }

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
            response.StatusCode =
                !result.Executed && mediaType is GraphQLHttpMediaTypes.GraphQLResponse
                    ? StatusCodes.Status400BadRequest
                    : StatusCodes.Status200OK;
        }

        SetCodes(result);
        return WriteAsync(context, mediaType, result);
    }

    /// <summary>The JSON of a result, as <see cref="WriteResultAsync"/> would write it; for the response
    /// cache.</summary>
    public async Task<ReadOnlyMemory<byte>> SerializeAsync(ExecutionResult result, CancellationToken cancellationToken)
    {
        SetCodes(result);
        // Sized from the last response, so the buffer is seldom regrown, and handed out as it is, not copied.
        using var buffer = new MemoryStream(Volatile.Read(ref lastLength) + 1024);
        await serializer.WriteAsync(buffer, result, cancellationToken);
        Volatile.Write(ref lastLength, (int)Math.Min(buffer.Length, MaxInitialBuffer));
        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
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
        metrics?.RecordRefusal(refusal.Code);
        return WriteAsync(context, GraphQLHttpMediaTypes.Json, new ExecutionResult { Errors = [error] });
    }

    // Every error carries extensions.code; those raised without one get GraphQL.NET's name for their type.
    private void SetCodes(ExecutionResult result)
    {
        foreach (var error in result.Errors ?? [])
        {
            error.Code ??= ErrorInfoProvider.GetErrorCode(error.GetType());
            metrics?.RecordRefusal(error.Code);
        }
    }

    private static string ContentType(string mediaType) => $"{mediaType}; charset=utf-8";

    private Task WriteAsync(HttpContext context, string mediaType, ExecutionResult result)
    {
        context.Response.ContentType = ContentType(mediaType);
        return serializer.WriteAsync(context.Response.Body, result, context.RequestAborted);
    }
}
