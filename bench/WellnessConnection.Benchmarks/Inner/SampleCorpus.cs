using WellnessConnection.Benchmarks.Corpus;

namespace WellnessConnection.Benchmarks.Inner;

/// <summary>A small generated corpus in a temporary folder, for benchmarks that need realistic files.</summary>
public static class SampleCorpus
{
    private static readonly Lazy<string> Folder = new(() =>
    {
        var folder = Path.Combine(Path.GetTempPath(), $"wc-bench-sample-{Environment.ProcessId}");
        CorpusGenerator.Generate(new CorpusOptions(200, 7, CorpusOptions.DefaultVerifiedOn), folder);
        return folder;
    });

    public static string Directory => Folder.Value;

    /// <summary>The session files, English originals only, in name order.</summary>
    public static IReadOnlyList<string> SessionFiles() =>
        [
            .. System
                .IO.Directory.EnumerateFiles(Path.Combine(Directory, "sessions"), "*.md")
                .Where(f => !f.EndsWith(".fr.md", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal),
        ];
}
