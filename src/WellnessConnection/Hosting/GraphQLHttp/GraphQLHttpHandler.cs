using Microsoft.Net.Http.Headers;

namespace WellnessConnection.Hosting.GraphQLHttp;

/// <summary>The endpoint's request pipeline: method, Accept, request, execution, response.</summary>
internal sealed class GraphQLHttpHandler(
    GraphQLHttpRequestReader reader,
    GraphQLHttpExecutor executor,
    GraphQLHttpResponseWriter writer)
{
    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        context.Response.Headers.Vary = HeaderNames.Accept;
        try
        {
            EnsureMethod(request);
            var mediaType = GraphQLHttpMediaTypes.SelectResponseType(request);
            var graphQLRequest = await reader.ReadAsync(request, context.RequestAborted);
            var result = await executor.ExecuteAsync(context, graphQLRequest);
            await writer.WriteResultAsync(context, mediaType, result);
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
                $"GraphQL requests use GET or POST, not {request.Method}.")
            {
                Allow = "GET, POST",
            };
        }
    }
}
