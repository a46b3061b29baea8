namespace WellnessConnection.Storage;

/// <summary>What an index holds and how long it took to build, for <c>/readyz</c> and the logs.</summary>
/// <param name="BuildTime">From the first file read to the commit: reading, rendering and writing overlap.</param>
public sealed record IndexStatistics(
    IReadOnlyDictionary<string, int> DocumentCounts,
    DateTimeOffset BuiltAt,
    TimeSpan BuildTime
)
{
    /// <summary>Documents read and written by this build: all of them, or only the changed ones of a patch.</summary>
    public int DocumentsWritten { get; init; }

    /// <summary>True when built by patching a copy of the previous index.</summary>
    public bool Patched { get; init; }

    /// <summary>True when the patch started from a copy of the previous index made in the background while it
    /// served, rather than one made at the reload.</summary>
    public bool CopiedAhead { get; init; }
}
