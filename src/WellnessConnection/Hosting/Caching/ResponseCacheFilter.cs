using GraphQL;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using WellnessConnection.GraphQL.CrisisLines;
using WellnessConnection.Hosting.GraphQLHttp;
using WellnessConnection.Hosting.Operations.Telemetry;
using WellnessConnection.Hosting.Preview;
using WellnessConnection.Http;
using WellnessConnection.Storage;
using WellnessConnection.Storage.Reading;

namespace WellnessConnection.Hosting.Caching;

/// <summary>
/// Serves a successful response again, from memory, while the content version is the same and the response is
/// fresh; sets <c>ETag</c>, <c>Cache-Control</c> and <c>Vary</c>; answers a GET's matching <c>If-None-Match</c> with
/// 304.
/// Errors and previews are never stored (the endpoint's default <c>Cache-Control: no-store</c> stays on them).
/// </summary>
/// <remarks>
/// POST responses are kept in memory too, but sent with <c>Cache-Control: no-cache</c>: shared caches do not store
/// POST, and a conditional POST would have to fail with 412 (RFC 9110 §13.1.2), so <c>If-None-Match</c> is only
/// honoured on GET. Clients that want 304s and CDN caching use GET (short with a <c>documentId</c>).
/// A response is kept once it is asked for a second time (<see cref="ResponseCache"/>). A GET answered with a kept
/// response may be answered again before the rest of the pipeline (<see cref="CachedGetReplay"/>).
/// </remarks>
internal sealed class ResponseCacheFilter(
    ResponseCache cache,
    IndexStore index,
    GraphQLHttpResponseWriter writer,
    IGraphQLTextSerializer serializer,
    IOptions<ResponseCacheOptions> options,
    TimeProvider time,
    ContentMetrics? metrics = null
) : IGraphQLHttpFilter
{
    public int Order => GraphQLHttpFilterOrder.ResponseCache;

    public async ValueTask<GraphQLHttpResult> InvokeAsync(
        GraphQLHttpExecution execution,
        GraphQLHttpContinuation proceed
    )
    {
        var context = execution.HttpContext;
        var settings = options.Value;
        VaryHeader.Add(context.Response.Headers, PreviewToken.Header);
        if (PreviewRequests.IsPreview(context))
        {
            context.Response.Headers.CacheControl = "no-store, private";
            return await proceed(execution);
        }

        var now = time.GetUtcNow();
        var version = index.Current?.PublicVersionAt(now);
        if (!settings.Enabled || version is null || execution.DocumentHash is not { } document)
        {
            return await proceed(execution);
        }

        var request = execution.Request;
        var key = ResponseCacheKey.Of(version, document, request.OperationName, request.Variables, serializer);
        var hit = cache.TryGetFresh(key, now, out var response);
        metrics?.RecordCacheLookup(hit);
        var kept = false;
        if (!hit || response is null)
        {
            var result = await proceed(execution);
            if (!result.IsSuccess || result.Result is not { } executed)
            {
                return result;
            }

            var body = await writer.SerializeAsync(executed, execution.CancellationToken);
            var freshness = CrisisLineSelection.IsSelectedBy(executed.Document)
                ? settings.CrisisLines
                : settings.Normal;
            var keys = context.RequestServices.GetRequiredService<ServedDocuments>().Keys;
            // A version published during execution may or may not be in this result: keep it under neither.
            var keep =
                body.Length <= settings.MaxEntryBytes
                && index.Current?.PublicVersionAt(now) == version
                && cache.SeenBefore(key);
            // The body is written into a buffer sized from the response before it: a kept one gets its own copy, or a
            // small body would hold a large buffer while the cache counted its bytes.
            response = new CachedResponse(keep ? body.ToArray() : body, version, key, freshness, now, keys);
            if (keep)
            {
                cache.Keep(key, response);
                metrics?.RecordCacheStore();
                kept = true;
            }
        }

        if (hit || kept)
        {
            context.Features.Get<ReplayRecording>()?.AnsweredWith(key, response);
        }

        // A kept answer was computed from this version, whether or not this request read the index.
        context.RequestServices.GetService<ServedVersion>()?.Record(response.ContentVersion);
        context.RequestServices.GetService<ServedDocuments>()?.Restore(response.SurrogateKeys);
        var etag = response.EntityTagFor(execution.ResponseMediaType);
        var isGet = HttpMethods.IsGet(context.Request.Method);
        SetHeaders(context.Response, etag, response, isGet ? response.Freshness.CacheControl : "no-cache", now);
        return isGet && ConditionalResponse.Matches(context.Request.Headers.IfNoneMatch, etag)
            ? GraphQLHttpResult.NotModified
            : GraphQLHttpResult.FromBody(response.Body);
    }

    private static void SetHeaders(
        HttpResponse response,
        string etag,
        CachedResponse cached,
        string cacheControl,
        DateTimeOffset now
    )
    {
        var headers = response.Headers;
        headers.ETag = etag;
        headers.CacheControl = cacheControl;
        // CORS answers differ by Origin, and a CDN must not hand one origin's answer to another.
        VaryHeader.Add(headers, HeaderNames.Origin);
        if (cached.AgeHeaderAt(now) is { } age)
        {
            headers.Age = age;
        }
    }
}
