namespace WellnessConnection.Tests.Properties;

/// <summary>
/// How many generated inputs a property suite tries: a few hundred, from a fixed seed, in CI; as many as
/// <c>WC_PROPERTY_ITERATIONS</c> says in a long run by hand (<c>WC_PROPERTY_SEED</c> replays one found failure).
/// </summary>
public static class PropertyRuns
{
    public static long Iterations(long quick) =>
        long.TryParse(Environment.GetEnvironmentVariable("WC_PROPERTY_ITERATIONS"), out var asked) && asked > 0
            ? asked
            : quick;

    /// <summary>CsCheck's seed: fixed in CI so a run is the same every time; none (random) in a long run.</summary>
    public static string? Seed(string fixedSeed) =>
        Environment.GetEnvironmentVariable("WC_PROPERTY_SEED") is { Length: > 0 } seed ? seed
        : Environment.GetEnvironmentVariable("WC_PROPERTY_ITERATIONS") is { Length: > 0 } ? null
        : fixedSeed;
}
