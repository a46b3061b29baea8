using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;

namespace WellnessConnection.Tests.Hosting.Operations;

/// <summary>
/// What one counter of one test server has counted since this was made: on the server's own meters (its
/// <see cref="IMeterFactory"/>), not those of the other servers running in the same process.
/// </summary>
internal sealed class ServerCounter : IDisposable
{
    private readonly MeterListener listener;
    private long total;

    public ServerCounter(IServiceProvider services, string instrumentName)
    {
        var meters = services.GetRequiredService<IMeterFactory>();
        listener = new MeterListener
        {
            InstrumentPublished = (instrument, listening) =>
            {
                if (instrument.Meter.Scope == meters && instrument.Name == instrumentName)
                {
                    listening.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref total, value));
        listener.Start();
    }

    public long Total => Interlocked.Read(ref total);

    public void Dispose() => listener.Dispose();
}
