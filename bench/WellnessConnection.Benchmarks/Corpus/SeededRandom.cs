namespace WellnessConnection.Benchmarks.Corpus;

/// <summary>
/// SplitMix64. <see cref="Random"/> promises neither the same sequence across .NET versions nor across machines;
/// a corpus must be the same files for the same size and seed, wherever and whenever it is generated.
/// </summary>
public sealed class SeededRandom
{
    private readonly ulong seed;
    private ulong state;

    public SeededRandom(ulong seed)
    {
        this.seed = seed;
        state = seed;
    }

    public ulong NextUInt64()
    {
        state += 0x9E3779B97F4A7C15;
        var z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return z ^ (z >> 31);
    }

    /// <summary>0 to <paramref name="maxExclusive"/> - 1.</summary>
    public int Next(int maxExclusive) => maxExclusive <= 1 ? 0 : (int)(NextUInt64() % (ulong)maxExclusive);

    /// <summary><paramref name="min"/> to <paramref name="maxExclusive"/> - 1.</summary>
    public int Next(int min, int maxExclusive) => min + Next(maxExclusive - min);

    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary><paramref name="count"/> different items, in random order.</summary>
    public List<T> PickDistinct<T>(IReadOnlyList<T> items, int count)
    {
        var indexes = Enumerable.Range(0, items.Count).ToList();
        var picked = new List<T>(Math.Min(count, items.Count));
        while (picked.Count < count && indexes.Count > 0)
        {
            var at = Next(indexes.Count);
            picked.Add(items[indexes[at]]);
            indexes.RemoveAt(at);
        }

        return picked;
    }

    /// <summary>An independent stream, so that adding a draw in one part of the generator does not shift every other
    /// part.</summary>
    public SeededRandom Fork(int stream) => new(seed ^ (0xD1B54A32D192ED03UL * (ulong)(stream + 1)));
}
