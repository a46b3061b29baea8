using WellnessConnection.Storage.Reading;

namespace WellnessConnection.Hosting.Caching;

/// <summary>
/// On every response computed from content: <c>X-Content-Version</c>, the public version it was read from (the
/// request's <see cref="ServedVersion"/>), so that an operator, a proxy or a test can tell which content a replica
/// served; and the documents it shows (<see cref="ServedDocuments"/>) as <c>Surrogate-Key</c> (Fastly's, space
/// separated) and <c>Cache-Tag</c> (Cloudflare's, comma separated), so that a CDN purges only what an edit changed.
/// Responses that read no content (static files, health checks, refusals) have none.
/// </summary>
public sealed class ContentResponseHeaders(RequestDelegate next)
{
    public const string ContentVersion = "X-Content-Version";
    public const string SurrogateKey = "Surrogate-Key";
    public const string CacheTag = "Cache-Tag";

    public Task InvokeAsync(HttpContext context, ServedVersion served, ServedDocuments documents)
    {
        context.Response.OnStarting(() =>
        {
            if (served.Version is { } version)
            {
                var headers = context.Response.Headers;
                headers[ContentVersion] = version;
                var keys = documents.Keys;
                headers[SurrogateKey] = string.Join(' ', keys);
                headers[CacheTag] = string.Join(',', keys);
            }

            return Task.CompletedTask;
        });
        return next(context);
    }
}
