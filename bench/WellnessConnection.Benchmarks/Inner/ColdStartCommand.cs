using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Markdig;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WellnessConnection.Content;
using WellnessConnection.Content.Diagnostics;
using WellnessConnection.Content.Reading;
using WellnessConnection.Content.Rendering;
using WellnessConnection.Content.Schema;
using WellnessConnection.Hosting;
using WellnessConnection.Storage.Indexing;

namespace WellnessConnection.Benchmarks.Inner;

/// <summary>
/// <c>coldstart --content DIR</c>: where the server's start-up time goes, stage by stage. Each stage runs on one thread
/// over the whole folder (CPU cost, and the bytes it allocates, which the collector pays for while the server starts),
/// then the loader and the indexer run as the server runs them. The first run
/// includes JIT compilation, as a real start does; the best of the others is the steady cost.
/// </summary>
public static class ColdStartCommand
{
    public static Command Create()
    {
        var content = new Option<string>("--content") { Description = "The content folder.", Required = true };
        var runs = new Option<int>("--runs")
        {
            Description = "How many times to run each stage.",
            DefaultValueFactory = _ => 3,
        };
        var command = new Command(
            "coldstart",
            "Time the stages of reading, validating, rendering and indexing a content folder."
        )
        {
            content,
            runs,
        };
        command.SetAction(parse => Run(parse.GetValue(content)!, Math.Max(1, parse.GetValue(runs))));
        return command;
    }

    private static int Run(string directory, int runs)
    {
        var index = Path.Combine(Path.GetTempPath(), $"wc-coldstart-{Environment.ProcessId}");
        var services = new ServiceCollection()
            .AddLogging()
            .AddContentIndex(
                new ConfigurationBuilder()
                    .AddInMemoryCollection(new Dictionary<string, string?> { ["Index:Directory"] = index })
                    .Build()
            )
            .BuildServiceProvider();
        var stages = new List<(string Name, List<double> Milliseconds, List<double> Cpu, List<long> Allocated)>();
        var renderer = new MarkdownRenderer();
        var markdig = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseAutoLinks()
            .UseEmphasisExtras()
            .UseTaskLists()
            .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
            .DisableHtml()
            .Build();

        void Time(string name, Action action)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var stopwatch = Stopwatch.StartNew();
            action();
            var entry = stages.Find(s => s.Name == name);
            if (entry.Name is null)
            {
                entry = (name, [], [], []);
                stages.Add(entry);
            }

            entry.Milliseconds.Add(stopwatch.Elapsed.TotalMilliseconds);
            entry.Cpu.Add((Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds);
            entry.Allocated.Add(GC.GetTotalAllocatedBytes(precise: true) - allocated);
        }

        for (var run = 0; run < runs; run++)
        {
            List<string> files = [];
            List<ContentPath> paths = [];
            List<string?> texts = [];
            List<SourceDocument> documents = [];
            List<RenderedMarkdown> bodies = [];
            var diagnostics = new DiagnosticBag();

            Time("list files", () =>
                files = [
                    .. Directory
                        .EnumerateFiles(directory, "*.md", SearchOption.AllDirectories)
                        .Select(f => Path.GetRelativePath(directory, f))
                        .Where(f => !f.StartsWith('.'))
                        .Order(StringComparer.Ordinal),
                ]
            );
            Time("classify paths (ContentPath.Parse)", () =>
                paths = [.. files.Select(f => ContentPath.Parse(f, files, diagnostics)).OfType<ContentPath>()]
            );
            Time("read and decode (ContentFileReader)", () =>
                texts = [
                    .. paths.Select(p => ContentFileReader.Read(Path.Combine(directory, p.Path), p.Path, diagnostics)),
                ]
            );
            Time("split and parse YAML (SourceDocument.Parse)", () =>
                documents = [
                    .. paths
                        .Zip(texts)
                        .Select(p => SourceDocument.Parse(p.First, p.Second!, diagnostics))
                        .OfType<SourceDocument>(),
                ]
            );
            Time("check fields (FieldReader)", () =>
            {
                foreach (var document in documents)
                {
                    FieldReader.Read(document.FrontMatter.Entries, document.Path.Schema, document.Origin, diagnostics);
                }
            });
            Time("Markdig alone (parse + HTML)", () =>
            {
                foreach (var document in documents)
                {
                    Markdown.ToHtml(document.Body, markdig);
                }
            });
            Time("render bodies (MarkdownRenderer)", () =>
                bodies = [.. documents.Select(d => renderer.Render(d.Body))]
            );
            Time("check links (KnownDocuments)", () =>
            {
                var known = new KnownDocuments(paths);
                foreach (var (body, document) in bodies.Zip(documents))
                {
                    BodyChecker.Check(body, document.Path.Path, document.BodyFirstLine, known, diagnostics);
                }
            });

            var indexer = services.GetRequiredService<ContentIndexer>();
            var loaded = services.GetRequiredService<ContentLoader>().Load(directory).Content
                ?? throw new InvalidOperationException("The content is not valid; run `validate` on it.");
            Time("index alone (rows, SQLite, full-text; bodies already rendered)", () =>
                indexer.Build(loaded).Release()
            );
            loaded = null;
            Time("read, check, render and index, streamed (as the server starts)", () =>
            {
                using var build = indexer.Begin(basis: null);
                var result = services.GetRequiredService<ContentLoader>().Load(directory, previous: null, build);
                if (result.Content is null)
                {
                    throw new InvalidOperationException(
                        $"The content is not valid ({result.ErrorCount} errors); run `validate` on it."
                    );
                }

                indexer.Complete(build, result.Content, result.Cache).Release();
            });
        }

        Console.WriteLine(
            string.Create(
                CultureInfo.InvariantCulture,
                $"| stage ({directory}) | first run (ms) | best of {runs} (ms) "
            ) + "| CPU, all threads, best (ms) | allocated, last run (MB) |"
        );
        Console.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var (name, milliseconds, cpu, allocated) in stages)
        {
            Console.WriteLine(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"| {name} | {milliseconds[0]:F0} | {milliseconds.Min():F0} "
                ) + string.Create(CultureInfo.InvariantCulture, $"| {cpu.Min():F0} | {allocated[^1] / 1e6:F0} |")
            );
        }

        if (Directory.Exists(index))
        {
            Directory.Delete(index, recursive: true);
        }

        return 0;
    }
}
