using WellnessConnection.Hosting.Operations.Telemetry;

namespace WellnessConnection.Hosting.LiveContent;

/// <summary>The last publication's outcome, startup included, for <c>/readyz</c>.</summary>
/// <param name="metrics">Counts each publication, when metrics are on.</param>
public sealed class ReloadStatus(ContentMetrics? metrics = null)
{
    private ContentReload? last;

    public ContentReload? Last => Volatile.Read(ref last);

    public void Record(ContentReload reload)
    {
        Volatile.Write(ref last, reload);
        metrics?.RecordPublication(reload);
    }
}
