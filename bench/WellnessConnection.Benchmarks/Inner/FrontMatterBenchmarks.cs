using BenchmarkDotNet.Attributes;
using WellnessConnection.Content.Diagnostics;
using WellnessConnection.Content.Reading;
using WellnessConnection.Content.Schema;
using WellnessConnection.Content.Yaml;

namespace WellnessConnection.Benchmarks.Inner;

/// <summary>One session file's front matter: split from the body, parsed as YAML, checked against the session
/// schema.</summary>
// Not sealed: BenchmarkDotNet requires benchmark classes it can derive from.
[MemoryDiagnoser]
public class FrontMatterBenchmarks
{
    private const string Path = "sessions/sample.md";

    private string text = "";
    private FrontMatterSplit split = null!;
    private YamlMapping mapping = null!;

    [GlobalSetup]
    public void Setup()
    {
        text = File.ReadAllText(SampleCorpus.SessionFiles()[0]);
        split = FrontMatterSplitter.Split(text, Path, new DiagnosticBag())!;
        mapping = YamlReader.ReadMapping(split.Yaml, Path, split.YamlFirstLine, new DiagnosticBag())!;
    }

    [Benchmark]
    public FrontMatterSplit? Split() => FrontMatterSplitter.Split(text, Path, new DiagnosticBag());

    [Benchmark]
    public YamlMapping? ParseYaml() =>
        YamlReader.ReadMapping(split.Yaml, Path, split.YamlFirstLine, new DiagnosticBag());

    [Benchmark]
    public FieldValues ReadFields() =>
        FieldReader.Read(mapping.Entries, ContentSchemas.Session, SourcePosition.StartOf(Path), new DiagnosticBag());
}
