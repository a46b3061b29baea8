using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace WellnessConnection.Hosting.EditorPreview;

/// <summary>
/// <c>GET /preview/events</c>, server-sent events named <c>reload</c>: the latest load's report when the stream opens,
/// then one after each reload attempt, successful or not. Each carries the report's <c>id</c>, which preview pages
/// compare with their own, the outcome and the source version in service. The stream ends when the client goes or the
/// server stops.
/// </summary>
public static class LoadReportEvents
{
    public const string EventType = "reload";

    /// <summary>How soon a browser reconnects when the stream breaks (a server restart).</summary>
    public static readonly TimeSpan Reconnection = TimeSpan.FromSeconds(1);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IResult Stream(HttpContext context, LiveContent.LoadReports reports, IHostApplicationLifetime life)
    {
        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.ServerSentEvents(Events(reports, context.RequestAborted, life.ApplicationStopping));
    }

    private static async IAsyncEnumerable<SseItem<string>> Events(
        LiveContent.LoadReports reports,
        CancellationToken aborted,
        CancellationToken stopping,
        [EnumeratorCancellation] CancellationToken cancellation = default
    )
    {
        using var end = CancellationTokenSource.CreateLinkedTokenSource(aborted, stopping, cancellation);
        var sent = 0L;
        while (!end.IsCancellationRequested)
        {
            LiveContent.LoadReport report;
            try
            {
                report = await reports.NextAfterAsync(sent, end.Token);
            }
            catch (OperationCanceledException)
            {
                yield break;
            }

            sent = report.Sequence;
            yield return new SseItem<string>(Data(report), EventType)
            {
                EventId = report.Id,
                ReconnectionInterval = Reconnection,
            };
        }
    }

    private static string Data(LiveContent.LoadReport report) =>
        JsonSerializer.Serialize(
            new
            {
                id = report.Id,
                sequence = report.Sequence,
                trigger = report.Reload.Trigger,
                succeeded = report.Reload.Succeeded,
                changed = report.Reload.Changed,
                version = report.SourceVersion,
                errors = report.Reload.ErrorCount,
                warnings = report.Reload.WarningCount,
                at = report.Reload.At,
            },
            Json
        );
}
