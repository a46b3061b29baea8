using Microsoft.Extensions.Options;
using WellnessConnection.Hosting.Operations;
using WellnessConnection.Hosting.Operations.Telemetry;
using WellnessConnection.Hosting.Protection;
using WellnessConnection.Storage;

namespace WellnessConnection.Hosting.Caching;

/// <summary>
/// Answers a GET that the whole pipeline answered before from the response cache, before the rest of the pipeline
/// runs, with what every layer set then: the same status, headers and body, with the response's age as of now.
/// </summary>
/// <remarks>
/// <para>
/// The answer is the one the pipeline would give because each layer's input is in the request's key or unchanged:
/// <list type="bullet">
/// <item>the request: a GET with the same query string, and headers that are all either in the key (<c>Host</c>,
/// <c>Accept</c>, <c>Origin</c>) or read by no layer (<see cref="ReplayRequest"/>); forwarded headers, a preview
/// token, <c>If-None-Match</c> and any other header go through the whole pipeline;</item>
/// <item>the content: the response must still be kept, fresh, and computed from the public version of now;</item>
/// <item>the settings: a change of configuration forgets every recorded answer (<see cref="ReplayTable"/>);</item>
/// <item>the rest: a layer whose answer depends on other state says what must still hold
/// (<see cref="ReplayRecording.RequireStill"/>; an automatic persisted query's document must still be known).</item>
/// </list>
/// The client's rate limit is asked as the pipeline asks it (<see cref="ClientRateLimiter"/>), for the endpoint that
/// routing (which runs before any middleware) chose; a refused request goes through the pipeline, which refuses it.
/// While the request log writes successes (its category at Debug), every request goes through the pipeline.
/// </para>
/// </remarks>
internal sealed class CachedGetReplay(
    RequestDelegate next,
    PathString path,
    ReplayTable replays,
    IndexStore index,
    ClientRateLimiter clients,
    IOptions<ResponseCacheOptions> options,
    TimeProvider time,
    ILogger<RequestLogMiddleware> requestLog,
    ContentMetrics? metrics = null
)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (
            options.Value is not { Enabled: true, ReplayGets: true }
            || requestLog.IsEnabled(LogLevel.Debug)
            || ReplayRequest.KeyOf(context.Request, path) is not { } key
        )
        {
            return next(context);
        }

        var now = time.GetUtcNow();
        return
            replays.Find(key, now, index.Current?.PublicVersionAt(now)) is var (response, replay)
            && clients.Admits(context)
            ? ReplayAsync(context, response, replay, now)
            : RecordAsync(context, key);
    }

    private async Task ReplayAsync(
        HttpContext context,
        CachedResponse response,
        ReplayVariant replay,
        DateTimeOffset now
    )
    {
        metrics?.RecordCacheLookup(hit: true);
        metrics?.RecordReplay();
        var sent = context.Response;
        sent.StatusCode = StatusCodes.Status200OK;
        var headers = sent.Headers;
        foreach (var (name, value) in replay.Headers)
        {
            headers[name] = value;
        }

        if (response.AgeHeaderAt(now) is { } age)
        {
            headers.Age = age;
        }

        try
        {
            await sent.Body.WriteAsync(response.Body, context.RequestAborted);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; there is nobody to answer.
        }
    }

    private async Task RecordAsync(HttpContext context, string key)
    {
        var recording = new ReplayRecording();
        context.Features.Set(recording);
        await next(context);
        if (
            recording is { CacheKey: { } cacheKey, Response: { } response }
            && context.Response is { StatusCode: StatusCodes.Status200OK, HasStarted: true }
            && !context.RequestAborted.IsCancellationRequested
        )
        {
            var headers = ReplayVariant.HeadersOf(context.Response);
            replays.Record(new ReplayVariant(key, cacheKey, response.Id, headers, recording.Conditions));
        }
    }
}
