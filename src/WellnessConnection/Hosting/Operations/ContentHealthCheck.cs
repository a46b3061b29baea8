using Microsoft.Extensions.Diagnostics.HealthChecks;
using WellnessConnection.Hosting.LiveContent;
using WellnessConnection.Storage;

namespace WellnessConnection.Hosting.Operations;

/// <summary>
/// Ready when content is in service. Degraded, still ready, when the last reload was refused: the last good
/// content is served and <c>/readyz</c> shows why the new one was not.
/// </summary>
public sealed class ContentHealthCheck(IndexStore store, ReloadStatus status, TimeProvider time) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(
        HealthCheckContext context,
        CancellationToken cancellationToken = default
    )
    {
        var index = store.Current;
        var last = status.Last;
        var version = index?.PublicVersionAt(time.GetUtcNow());
        var result =
            index is null ? HealthCheckResult.Unhealthy("No content has been published yet.")
            : last is { Succeeded: false }
                ? HealthCheckResult.Degraded(
                    $"Serving content {version}; the last reload ({last.Trigger}) failed with {last.ErrorCount} errors."
                )
            : HealthCheckResult.Healthy($"Serving content {version}.");
        return Task.FromResult(result);
    }
}
