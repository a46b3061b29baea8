using BenchmarkDotNet.Attributes;
using Markdig;
using WellnessConnection.Content.Diagnostics;
using WellnessConnection.Content.Reading;
using WellnessConnection.Content.Rendering;

namespace WellnessConnection.Benchmarks.Inner;

/// <summary>
/// One session body (300-800 words): the app's full render (parse, link guard, HTML, sanitizer, plain text, headings)
/// beside Markdig alone with the same extensions, so the difference is what our own steps cost.
/// </summary>
// Not sealed: BenchmarkDotNet requires benchmark classes it can derive from.
[MemoryDiagnoser]
public class MarkdownBenchmarks
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseAutoLinks()
        .UseEmphasisExtras()
        .UseTaskLists()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
        .DisableHtml()
        .Build();

    private readonly MarkdownRenderer renderer = new();
    private string body = "";

    [GlobalSetup]
    public void Setup()
    {
        var text = File.ReadAllText(SampleCorpus.SessionFiles()[0]);
        body = FrontMatterSplitter.Split(text, "sessions/sample.md", new DiagnosticBag())!.Body;
    }

    [Benchmark(Baseline = true)]
    public string MarkdigOnly() => Markdown.ToHtml(body, Pipeline);

    [Benchmark]
    public RenderedMarkdown Render() => renderer.Render(body);
}
