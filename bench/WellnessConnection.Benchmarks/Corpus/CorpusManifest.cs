namespace WellnessConnection.Benchmarks.Corpus;

/// <summary>
/// What a generated corpus holds, written beside it as <c>.corpus.json</c> (a dotfile: the content loader skips it).
/// <c>bench/run</c> reads from it the session to request and the file to edit.
/// </summary>
public sealed record CorpusManifest(
    int Format,
    int Sessions,
    ulong Seed,
    string VerifiedOn,
    int Files,
    IReadOnlyDictionary<string, int> Counts,
    IReadOnlyList<string> Topics,
    string ListingTopic,
    string SessionSlug,
    string EditSlug,
    string EditFile
)
{
    public const string FileName = ".corpus.json";

    /// <summary>The published English session slugs, one a line: what the cold session-page load picks from.</summary>
    public const string SlugsFileName = ".session-slugs.txt";

    /// <summary>Bumped whenever the generator writes different files for the same size and seed.</summary>
    public const int CurrentFormat = 1;
}
