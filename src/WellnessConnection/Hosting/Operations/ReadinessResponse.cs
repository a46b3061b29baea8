using Microsoft.Extensions.Diagnostics.HealthChecks;
using NodaTime;
using WellnessConnection.Hosting.LiveContent;
using WellnessConnection.Storage;

namespace WellnessConnection.Hosting.Operations;

/// <summary>
/// The body of <c>/readyz</c>: the health status, the content in service, the last reload, and the version of the
/// time-zone rules (NodaTime's embedded tzdb, e.g. "2026f") every time the product shows or writes comes from.
/// </summary>
public static class ReadinessResponse
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        var index = context.RequestServices.GetRequiredService<IndexStore>().Current;
        var last = context.RequestServices.GetRequiredService<ReloadStatus>().Last;
        return context.Response.WriteAsJsonAsync(
            new
            {
                status = report.Status.ToString(),
                checks = report.Entries.ToDictionary(
                    e => e.Key,
                    e => new { status = e.Value.Status.ToString(), description = e.Value.Description }
                ),
                content = index is null
                    ? null
                    : new
                    {
                        version = index.PublicVersionAt(
                            context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow()
                        ),
                        builtAt = index.Statistics.BuiltAt,
                        buildMilliseconds = Math.Round(index.Statistics.BuildTime.TotalMilliseconds, 1),
                        documents = index.Statistics.DocumentCounts,
                    },
                lastReload = last,
                timeZoneDatabase = DateTimeZoneProviders.Tzdb.VersionId,
            }
        );
    }
}
