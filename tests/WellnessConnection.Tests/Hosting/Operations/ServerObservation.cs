namespace WellnessConnection.Tests.Hosting.Operations;

/// <summary>
/// What one observable instrument of one test server reports now, read from its own meters
/// (<see cref="ServerMeters"/>). The scrape cannot tell: every server in the process has a meter of the same name, and
/// OpenTelemetry merges their instruments into one series per tags, whose value is whichever server's callback ran
/// last.
/// </summary>
internal static class ServerObservation
{
    /// <summary>The sum of what <paramref name="instrumentName"/> reports, only with <paramref name="tag"/> when one is
    /// given; 0 when it reports nothing.</summary>
    public static long Read(IServiceProvider services, string instrumentName, (string Key, string Value)? tag = null)
    {
        long total = 0;
        using var listener = ServerMeters.ListenerTo(services, instrumentName);
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
