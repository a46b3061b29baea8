namespace WellnessConnection.Benchmarks.Corpus;

/// <param name="Sessions">How many sessions (the other document types follow in proportion).</param>
/// <param name="Seed">Same size and seed, same files.</param>
/// <param name="VerifiedOn">
/// The <c>lastVerified</c> date of the example crisis lines. Fixed by default so that the files do not depend on the
/// day they are generated; validation warns (does not fail) once it is more than 180 days old.
/// </param>
public sealed record CorpusOptions(int Sessions, ulong Seed, DateOnly VerifiedOn)
{
    public static readonly DateOnly DefaultVerifiedOn = new(2026, 11, 1);
}
