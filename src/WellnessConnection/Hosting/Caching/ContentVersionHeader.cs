using WellnessConnection.Storage.Reading;

namespace WellnessConnection.Hosting.Caching;

/// <summary>
/// <c>X-Content-Version</c> on every response computed from content: the public version it was read from (the
/// request's <see cref="ServedVersion"/>), so that an operator, a proxy or a test can tell which content a replica
/// served. Responses that read no content (static files, health checks, refusals) have none.
/// </summary>
public sealed class ContentVersionHeader(RequestDelegate next)
{
    public const string Name = "X-Content-Version";

    public Task InvokeAsync(HttpContext context, ServedVersion served)
    {
        context.Response.OnStarting(() =>
        {
            if (served.Version is { } version)
            {
                context.Response.Headers[Name] = version;
            }

            return Task.CompletedTask;
        });
        return next(context);
    }
}
