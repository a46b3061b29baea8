using System.Text.Json;

namespace WellnessConnection.Benchmarks.Corpus;

/// <summary>Plans a corpus, writes it into a folder beside the target and moves it into place, so a half-written corpus
/// is never taken for a whole one.</summary>
public static class CorpusGenerator
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    public static CorpusManifest Generate(CorpusOptions options, string directory)
    {
        var target = Path.GetFullPath(directory);
        if (
            Directory.Exists(target)
            && Directory.EnumerateFileSystemEntries(target).Any()
            && !File.Exists(Path.Combine(target, CorpusManifest.FileName))
        )
        {
            throw new IOException(
                $"{target} exists and is not a generated corpus (no {CorpusManifest.FileName}); choose an empty or "
                    + $"new folder."
            );
        }

        var plan = CorpusPlanner.Plan(options);
        var staging = $"{target}.partial-{Environment.ProcessId}";
        if (Directory.Exists(staging))
        {
            Directory.Delete(staging, recursive: true);
        }

        var writer = new CorpusWriter(staging, plan, new SeededRandom(options.Seed).Fork(6));
        writer.WriteAll(options.VerifiedOn);
        var manifest = Manifest(options, plan, writer.Files);
        File.WriteAllText(
            Path.Combine(staging, CorpusManifest.FileName),
            JsonSerializer.Serialize(manifest, Json) + "\n"
        );
        File.WriteAllLines(
            Path.Combine(staging, CorpusManifest.SlugsFileName),
            plan.Sessions.Where(s => s.IsLinkable).Select(s => s.Slug)
        );

        if (Directory.Exists(target))
        {
            Directory.Delete(target, recursive: true);
        }

        Directory.Move(staging, target);
        return manifest;
    }

    private static CorpusManifest Manifest(CorpusOptions options, CorpusPlan plan, int files)
    {
        var sessions = plan.Sessions;
        var linkable = sessions.Where(s => s.IsLinkable).ToList();
        var showcase = linkable.FirstOrDefault(s => s.Series is not null && s.Facilitators.Count > 1) ?? linkable[0];
        var edited = linkable[linkable.Count / 2] is var middle && middle != showcase ? middle : linkable[^1];
        var counts = new Dictionary<string, int>
        {
            ["sessions"] = sessions.Count,
            ["sessionTranslations"] = sessions.Count(s => s.Translated),
            ["cancelled"] = sessions.Count(s => s.Status == "cancelled"),
            ["drafts"] = sessions.Count(s => s.Draft),
            ["inSeries"] = sessions.Count(s => s.Series is not null),
            ["series"] = plan.Series.Count,
            ["facilitators"] = plan.Facilitators.Count,
            ["topics"] = plan.Topics.Count,
            ["resources"] = plan.Resources.Count,
            ["averageSessionWords"] = (int)sessions.Average(s => s.Words),
        };
        return new CorpusManifest(
            CorpusManifest.CurrentFormat,
            sessions.Count,
            options.Seed,
            options.VerifiedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            files,
            counts,
            [.. plan.Topics.Select(t => t.Slug)],
            "sleep",
            showcase.Slug,
            edited.Slug,
            $"sessions/{edited.FileStem}.md"
        );
    }
}
