using System.Diagnostics.Metrics;
using Microsoft.Extensions.Caching.Memory;
using WellnessConnection.GraphQL.Memoization;
using WellnessConnection.Hosting.LiveContent;
using WellnessConnection.Storage;

namespace WellnessConnection.Hosting.Operations.Telemetry;

/// <summary>
/// The app's own metrics (meter <see cref="MeterName"/>), beside ASP.NET Core's and the runtime's:
/// <list type="bullet">
/// <item><c>wc.content.version</c>: 1, tagged with the public content version in service;</item>
/// <item><c>wc.content.index.build.duration</c>: how long the index in service took to build (or to copy out of
/// its bundle);</item>
/// <item><c>wc.content.publications</c> and <c>wc.content.publication.duration</c>: reloads and bundle swaps, by
/// source (folder, bundle), trigger and outcome (published, unchanged, refused);</item>
/// <item><c>wc.response_cache.lookups</c>: by result (hit, miss);</item>
/// <item><c>wc.response_cache.stores</c>: responses kept, each from its second asking: many misses and few stores
/// are one-off requests, not a cache too small;</item>
/// <item><c>wc.response_cache.replays</c>: hits answered before the rest of the pipeline;</item>
/// <item><c>wc.graphql.refusals</c>: errors sent, by their <c>extensions.code</c>;</item>
/// <item><c>wc.index.memo.lookups</c>, <c>wc.index.memo.size</c> and <c>wc.index.memo.entries</c>: the index memo of
/// the index in service, from nothing with each new index: its lookups by result (hit, miss), and what it holds
/// against <c>Index:MemoSizeLimitBytes</c>. Many misses with a full memo are a budget too small for what requests
/// ask.</item>
/// </list>
/// </summary>
public sealed class ContentMetrics : IDisposable
{
    public const string MeterName = "WellnessConnection";

    /// <summary>From a bundle swap (milliseconds) to a full build at 10,000 sessions (seconds).</summary>
    private static readonly double[] SecondsBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

    private readonly Meter meter;
    private readonly Counter<long> publications;
    private readonly Histogram<double> publicationDuration;
    private readonly Counter<long> cacheLookups;
    private readonly Counter<long> cacheStores;
    private readonly Counter<long> replays;
    private readonly Counter<long> refusals;

    public ContentMetrics(IMeterFactory meters, IndexStore store, TimeProvider time)
    {
        meter = meters.Create(MeterName);
        meter.CreateObservableGauge(
            "wc.content.version",
            () =>
                store.Current is { } index
                    ? [new Measurement<int>(1, new KeyValuePair<string, object?>("version", VersionOf(index, time)))]
                    : Array.Empty<Measurement<int>>(),
            description: "1 for the public content version in service (its tag)."
        );
        meter.CreateObservableGauge(
            "wc.content.index.build.duration",
            () =>
                store.Current is { } index
                    ? [new Measurement<double>(index.Statistics.BuildTime.TotalSeconds)]
                    : Array.Empty<Measurement<double>>(),
            unit: "s",
            description: "How long the index in service took to build, or to copy out of its bundle."
        );
        meter.CreateObservableCounter(
            "wc.index.memo.lookups",
            () =>
                MemoStatistics(store) is { } statistics
                    ?
                    [
                        new Measurement<long>(statistics.TotalHits, new KeyValuePair<string, object?>("result", "hit")),
                        new Measurement<long>(
                            statistics.TotalMisses,
                            new KeyValuePair<string, object?>("result", "miss")
                        ),
                    ]
                    : Array.Empty<Measurement<long>>(),
            description: "Results asked of the index memo of the index in service, by result (hit, miss); from 0 with "
                + "each new index."
        );
        meter.CreateObservableGauge(
            "wc.index.memo.size",
            () =>
                MemoStatistics(store) is { CurrentEstimatedSize: { } size }
                    ? [new Measurement<long>(size)]
                    : Array.Empty<Measurement<long>>(),
            unit: "By",
            description: "What the index memo of the index in service holds, by its entries' estimates "
                + "(Index:MemoSizeLimitBytes is its budget)."
        );
        meter.CreateObservableGauge(
            "wc.index.memo.entries",
            () =>
                MemoStatistics(store) is { } statistics
                    ? [new Measurement<long>(statistics.CurrentEntryCount)]
                    : Array.Empty<Measurement<long>>(),
            description: "Results the index memo of the index in service holds."
        );
        publications = meter.CreateCounter<long>(
            "wc.content.publications",
            description: "Reloads and bundle swaps, by source, trigger and outcome."
        );
        publicationDuration = meter.CreateHistogram<double>(
            "wc.content.publication.duration",
            unit: "s",
            description: "How long each reload or bundle swap took.",
            tags: null,
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = SecondsBuckets }
        );
        cacheLookups = meter.CreateCounter<long>(
            "wc.response_cache.lookups",
            description: "GraphQL responses asked of the response cache, by result (hit, miss)."
        );
        cacheStores = meter.CreateCounter<long>(
            "wc.response_cache.stores",
            description: "GraphQL responses kept by the response cache, each from its second asking."
        );
        replays = meter.CreateCounter<long>(
            "wc.response_cache.replays",
            description: "Hits of the response cache answered before the rest of the pipeline (Caching:ReplayGets)."
        );
        refusals = meter.CreateCounter<long>(
            "wc.graphql.refusals",
            description: "GraphQL errors sent, by extensions.code."
        );
    }

    public void RecordPublication(ContentReload reload)
    {
        var outcome =
            !reload.Succeeded ? "refused"
            : reload.Changed ? "published"
            : "unchanged";
        KeyValuePair<string, object?>[] tags =
        [
            new("source", reload.Bundle is null ? "folder" : "bundle"),
            new("trigger", reload.Trigger),
            new("outcome", outcome),
        ];
        publications.Add(1, tags);
        publicationDuration.Record(reload.DurationMilliseconds / 1000, tags);
    }

    public void RecordCacheLookup(bool hit) =>
        cacheLookups.Add(1, new KeyValuePair<string, object?>("result", hit ? "hit" : "miss"));

    public void RecordCacheStore() => cacheStores.Add(1);

    public void RecordReplay() => replays.Add(1);

    /// <summary>Codes are the app's and GraphQL.NET's own, a bounded set: never text a client chose.</summary>
    public void RecordRefusal(string? code) =>
        refusals.Add(1, new KeyValuePair<string, object?>("code", code ?? "NONE"));

    public void Dispose() => meter.Dispose();

    private static MemoryCacheStatistics? MemoStatistics(IndexStore store) =>
        store.Current is { } index ? IndexMemo.Of(index)?.Statistics : null;

    private static string VersionOf(ContentIndex index, TimeProvider time) => index.PublicVersionAt(time.GetUtcNow());
}
