using Microsoft.Net.Http.Headers;
using WellnessConnection.Hosting.Operations;

namespace WellnessConnection.Hosting.GraphQLHttp;

/// <summary>The endpoint's request pipeline: method, Accept, request, execution, response.</summary>
internal sealed class GraphQLHttpHandler(
    GraphQLHttpRequestReader reader,
    GraphQLHttpExecutor executor,
    GraphQLHttpResponseWriter writer
)
{
    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        // Added to: CORS may already vary by Origin.
        VaryHeader.Add(context.Response.Headers, HeaderNames.Accept);
        // Nothing is stored by a cache unless the response cache says otherwise for a successful query.
        context.Response.Headers.CacheControl = "no-store";
        try
        {
            EnsureMethod(request);
            var mediaType = GraphQLHttpMediaTypes.SelectResponseType(request);
            var graphQLRequest = await reader.ReadAsync(request, context.RequestAborted);
            // For the request log line, which does not read bodies itself.
            context.Items[RequestLogMiddleware.OperationNameItem] = graphQLRequest.OperationName;
            var result = await executor.ExecuteAsync(context, graphQLRequest, mediaType);
            await writer.WriteAsync(context, mediaType, result);
        }
        catch (GraphQLHttpException refusal)
        {
            await writer.WriteRefusalAsync(context, refusal);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; there is nobody to answer.
        }
    }

    private static void EnsureMethod(HttpRequest request)
    {
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsPost(request.Method))
        {
            throw new GraphQLHttpException(
                StatusCodes.Status405MethodNotAllowed,
                "METHOD_NOT_ALLOWED",
                $"GraphQL requests use GET or POST, not {request.Method}."
            )
            {
                Allow = "GET, POST",
            };
        }
    }
}
