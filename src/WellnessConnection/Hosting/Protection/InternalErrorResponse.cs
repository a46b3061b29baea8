using System.Text.Json;

namespace WellnessConnection.Hosting.Protection;

/// <summary>
/// The answer to an exception nothing else handled: a 500 in the GraphQL error shape, never cached, with the
/// security headers every response gets, and no detail of the exception (the log has it).
/// </summary>
public static class InternalErrorResponse
{
    public const string Code = "INTERNAL_SERVER_ERROR";

    public static async Task WriteAsync(HttpContext context)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status500InternalServerError;
        response.Headers.CacheControl = "no-store";
        response.ContentType = "application/json; charset=utf-8";
        var error = new
        {
            errors = new[]
            {
                new { message = "The server failed to answer this request.", extensions = new { code = Code } },
            },
        };
        await JsonSerializer.SerializeAsync(response.Body, error, cancellationToken: context.RequestAborted);
    }
}
