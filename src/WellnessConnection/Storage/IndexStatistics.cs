namespace WellnessConnection.Storage;

/// <summary>What an index holds and how long it took to build, for <c>/readyz</c> and the logs.</summary>
public sealed record IndexStatistics(IReadOnlyDictionary<string, int> DocumentCounts, DateTimeOffset BuiltAt, TimeSpan BuildTime);
