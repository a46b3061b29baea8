using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;

namespace WellnessConnection.Tests.Hosting.Operations;

/// <summary>
/// What one observable instrument of one test server reports now: read from the server's own meters (its
/// <see cref="IMeterFactory"/>). The scrape cannot tell: every server in the process has a meter of the same name, and
/// OpenTelemetry merges their instruments into one series per tags, whose value is whichever server's callback ran
/// last.
/// </summary>
internal static class ServerObservation
{
    /// <summary>The sum of what <paramref name="instrumentName"/> reports, only with <paramref name="tag"/> when one is
    /// given; 0 when it reports nothing.</summary>
    public static long Read(IServiceProvider services, string instrumentName, (string Key, string Value)? tag = null)
    {
        var meters = services.GetRequiredService<IMeterFactory>();
        long total = 0;
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, listening) =>
            {
                if (instrument.Meter.Scope == meters && instrument.Name == instrumentName)
                {
                    listening.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>(
            (_, value, tags, _) =>
            {
                if (tag is not { } wanted || HasTag(tags, wanted))
                {
                    total += value;
                }
            }
        );
        listener.Start();
        listener.RecordObservableInstruments();
        return total;
    }

    private static bool HasTag(ReadOnlySpan<KeyValuePair<string, object?>> tags, (string Key, string Value) wanted)
    {
        foreach (var tag in tags)
        {
            if (tag.Key == wanted.Key && Equals(tag.Value, wanted.Value))
            {
                return true;
            }
        }

        return false;
    }
}
