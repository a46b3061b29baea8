using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;

namespace WellnessConnection.Hosting.Protection;

/// <summary>
/// The answer to an exception nothing else handled: a 500 in the GraphQL error shape, never cached, with the
/// security headers every response gets, and no detail of the exception (the log has it). Kestrel's
/// <see cref="BadHttpRequestException"/> (a body that ended before its Content-Length, or came too slowly or too
/// large, on any endpoint) is the client's doing: it is answered with Kestrel's status and not logged as a failure
/// (<see cref="Options"/>). A client that has gone away gets nothing: writing to it would throw from the handler,
/// and ASP.NET Core would then log the handler's failure and the original exception, both with their stacks.
/// </summary>
public static class InternalErrorResponse
{
    public const string Code = "INTERNAL_SERVER_ERROR";

    public const string BadRequestCode = "BODY_UNREADABLE";

    /// <summary>The exception handler's options: this response, and no error log for a client's bad request.</summary>
    public static ExceptionHandlerOptions Options =>
        new()
        {
            ExceptionHandler = WriteAsync,
            SuppressDiagnosticsCallback = context => context.Exception is BadHttpRequestException,
        };

    public static async Task WriteAsync(HttpContext context)
    {
        var response = context.Response;
        if (context.RequestAborted.IsCancellationRequested)
        {
            response.StatusCode = StatusCodes.Status499ClientClosedRequest;
            return;
        }

        var (status, code, message) = context.Features.Get<IExceptionHandlerFeature>()?.Error
            is BadHttpRequestException bad
            ? (bad.StatusCode, BadRequestCode, "The request body could not be read.")
            : (StatusCodes.Status500InternalServerError, Code, "The server failed to answer this request.");
        response.StatusCode = status;
        response.Headers.CacheControl = "no-store";
        response.ContentType = "application/json; charset=utf-8";
        var error = new { errors = new[] { new { message, extensions = new { code } } } };
        try
        {
            await JsonSerializer.SerializeAsync(response.Body, error, cancellationToken: context.RequestAborted);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // It went away while the answer was being written.
        }
    }
}
