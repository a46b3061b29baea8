using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;

namespace WellnessConnection.Tests.Hosting.Operations;

/// <summary>Listening to one test server's instruments: those of its own meters (its <see cref="IMeterFactory"/>), not
/// those of the other servers running in the same process, whose meters have the same names.</summary>
internal static class ServerMeters
{
    /// <summary>A listener to <paramref name="instrumentName"/> of the server of <paramref name="services"/>; its
    /// callback is the caller's to set, and it is not started.</summary>
    public static MeterListener ListenerTo(IServiceProvider services, string instrumentName)
    {
        var meters = services.GetRequiredService<IMeterFactory>();
        return new MeterListener
        {
            InstrumentPublished = (instrument, listening) =>
            {
                if (instrument.Meter.Scope == meters && instrument.Name == instrumentName)
                {
                    listening.EnableMeasurementEvents(instrument);
                }
            },
        };
    }
}
