using System.Net;
using System.Text.RegularExpressions;
using WellnessConnection.Tests.GraphQL;

namespace WellnessConnection.Tests.Hosting.Operations;

/// <summary>
/// <c>/metrics</c> in Prometheus's text format: the content version in service, publications, response-cache hits
/// and misses, refusals by code, the index memo's lookups and size, ASP.NET Core's request metrics and none of its
/// meters updated on every request for little use. (Meters are process-wide: other test servers' series may appear
/// too, so the checks look for this server's.)
/// </summary>
public sealed partial class MetricsEndpointTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    [Fact]
    public async Task The_scrape_names_the_version_in_service_and_counts_what_happened()
    {
        using var client = factory.CreateClient();
        var url = "/graphql?query=" + Uri.EscapeDataString("{ pages(first: 1) { nodes { slug } } }");
        using var first = await client.GetAsync(url);
        var version = first.Headers.GetValues("X-Content-Version").Single();
        for (var i = 0; i < 3; i++)
        {
            (await client.GetAsync(url)).Dispose();
        }

        (await client.GetAsync("/graphql?query=" + Uri.EscapeDataString("{ noSuchField }"))).Dispose();

        // Another server in the process, as in a parallel test run, with a memo of its own that missed and never hit.
        using var other = new ContentApiFactory();
        using var otherClient = other.CreateClient();
        (await otherClient.GetAsync(url)).Dispose();

        using var scrape = await client.GetAsync("/metrics");
        var text = await scrape.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, scrape.StatusCode);
        Assert.Contains($"wc_content_version{{otel_scope_name=\"WellnessConnection\",version=\"{version}\"}} 1", text);
        Assert.Matches(Series("wc_content_publications_total", "outcome=\"published\",source=\"folder\""), text);
        Assert.True(Value(text, "wc_response_cache_lookups_total", "result=\"hit\"") >= 1);
        Assert.True(Value(text, "wc_response_cache_lookups_total", "result=\"miss\"") >= 1);
        Assert.True(Value(text, "wc_graphql_refusals_total", "code=\"FIELDS_ON_CORRECT_TYPE\"") >= 1);
        // The index memo: the first request's results missed and were kept, and the next that reached the engine (the
        // response cache keeps a response from its second asking) found them. Its instruments are observed: the scrape
        // shows them, but their values may be another test server's (ServerObservation), so those are read from this
        // server's own meter.
        Assert.Contains("wc_index_memo_lookups_total{", text, StringComparison.Ordinal);
        Assert.Contains("wc_index_memo_size_bytes{", text, StringComparison.Ordinal);
        Assert.Contains("wc_index_memo_entries{", text, StringComparison.Ordinal);
        Assert.True(ServerObservation.Read(factory.Services, "wc.index.memo.lookups", ("result", "miss")) >= 1);
        Assert.True(ServerObservation.Read(factory.Services, "wc.index.memo.lookups", ("result", "hit")) >= 1);
        Assert.True(ServerObservation.Read(factory.Services, "wc.index.memo.size") > 0);
        Assert.True(ServerObservation.Read(factory.Services, "wc.index.memo.entries") >= 1);
        Assert.Contains("http_server_request_duration_seconds_count{", text, StringComparison.Ordinal);
        Assert.Contains("dotnet_gc_collections_total", text, StringComparison.Ordinal);
        // Left out: ASP.NET Core's meters updated on every request for little use (TelemetryServices.AspNetCoreMeters).
        Assert.DoesNotContain("aspnetcore_routing_", text, StringComparison.Ordinal);
        Assert.DoesNotContain("aspnetcore_rate_limiting_", text, StringComparison.Ordinal);
        Assert.DoesNotContain("aspnetcore_memory_pool_", text, StringComparison.Ordinal);
    }

    private static Regex Series(string name, string tags) =>
        new($"^{Regex.Escape(name)}{{[^}}]*{Regex.Escape(tags)}[^}}]*}} \\d+", RegexOptions.Multiline);

    private static double Value(string text, string name, string tag) =>
        Lines()
            .Matches(text)
            .Where(m => m.Groups["name"].Value == name && m.Groups["tags"].Value.Contains(tag))
            .Sum(m => double.Parse(m.Groups["value"].Value, System.Globalization.CultureInfo.InvariantCulture));

    [GeneratedRegex(@"^(?<name>[a-z_]+)\{(?<tags>[^}]*)\} (?<value>[0-9.e+-]+)", RegexOptions.Multiline)]
    private static partial Regex Lines();
}
