using System.Diagnostics.Metrics;

namespace WellnessConnection.Tests.Hosting.Operations;

/// <summary>
/// What one counter of one test server has counted since this was made (<see cref="ServerMeters"/>).
/// </summary>
internal sealed class ServerCounter : IDisposable
{
    private readonly MeterListener listener;
    private long total;

    public ServerCounter(IServiceProvider services, string instrumentName)
    {
        listener = ServerMeters.ListenerTo(services, instrumentName);
        listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref total, value));
        listener.Start();
    }

    public long Total => Interlocked.Read(ref total);

    public void Dispose() => listener.Dispose();
}
