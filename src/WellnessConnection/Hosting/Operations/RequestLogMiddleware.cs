using WellnessConnection.Storage.Reading;

namespace WellnessConnection.Hosting.Operations;

/// <summary>
/// One structured log line per request: method, path, GraphQL operation name, status and duration. The query
/// string is not logged (it may hold variables); nor is a POST body read again for its operation name: the
/// GraphQL endpoint may put the parsed name in <see cref="HttpContext.Items"/> under <see cref="OperationNameItem"/>.
/// </summary>
public sealed partial class RequestLogMiddleware(
    RequestDelegate next,
    TimeProvider time,
    ILogger<RequestLogMiddleware> logger
)
{
    public const string OperationNameItem = "GraphQL.OperationName";

    /// <summary>The client went away before the response was complete (nginx's convention): not a server
    /// error.</summary>
    public const int ClientClosedRequest = 499;

    private const int MaxOperationName = 100;

    public async Task InvokeAsync(HttpContext context)
    {
        var started = time.GetTimestamp();
        var failed = false;
        try
        {
            await next(context);
        }
        catch
        {
            failed = true;
            throw;
        }
        finally
        {
            var status =
                context.RequestAborted.IsCancellationRequested ? ClientClosedRequest
                : failed && !context.Response.HasStarted ? StatusCodes.Status500InternalServerError
                : context.Response.StatusCode;
            var path = context.Request.Path;
            var level = LevelOf(status, path);
            if (logger.IsEnabled(level))
            {
                Log(context, level, path, status, Math.Round(time.GetElapsedTime(started).TotalMilliseconds, 1));
            }
        }
    }

    private void Log(HttpContext context, LogLevel level, PathString path, int status, double elapsed)
    {
        // "-" when the request read no content: a static file, a health check, a refusal.
        var version = context.RequestServices?.GetService<ServedVersion>()?.Version ?? "-";
        if (OperationName(context) is { } operation)
        {
            LogOperation(level, context.Request.Method, path.Value ?? "/", operation, status, elapsed, version);
        }
        else
        {
            LogRequest(level, context.Request.Method, path.Value ?? "/", status, elapsed, version);
        }
    }

    /// <summary>
    /// Failures at Error, refusals (4xx, and clients that went away) at Information, successes at Debug: one console
    /// line per successful request costs a busy server more than the request itself, and a success says little. Set
    /// this category to Debug to see every request.
    /// </summary>
    private static LogLevel LevelOf(int status, PathString path) =>
        status >= 500 ? LogLevel.Error
        : status >= 400 && !OperationsServices.IsOperationsPath(path) ? LogLevel.Information
        : LogLevel.Debug;

    private static string? OperationName(HttpContext context)
    {
        var name = context.Items[OperationNameItem] as string;
        if (name is null && context.Request.Query.TryGetValue("operationName", out var fromQuery))
        {
            name = fromQuery.ToString();
        }

        if (string.IsNullOrEmpty(name))
        {
            return null;
        }

        // A client chooses this text: keep it short and on one line.
        return new string([.. name.Take(MaxOperationName).Select(c => char.IsControl(c) ? '?' : c)]);
    }

    [LoggerMessage(
        Message = "{Method} {Path} responded {StatusCode} in {ElapsedMilliseconds} ms (content {ContentVersion})"
    )]
    private partial void LogRequest(
        LogLevel level,
        string method,
        string path,
        int statusCode,
        double elapsedMilliseconds,
        string contentVersion
    );

    [LoggerMessage(
        Message = "{Method} {Path} {OperationName} responded {StatusCode} in {ElapsedMilliseconds} ms (content "
            + "{ContentVersion})"
    )]
    private partial void LogOperation(
        LogLevel level,
        string method,
        string path,
        string operationName,
        int statusCode,
        double elapsedMilliseconds,
        string contentVersion
    );
}
