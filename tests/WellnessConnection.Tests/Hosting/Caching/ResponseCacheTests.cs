using System.Net;
using System.Runtime.InteropServices;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using WellnessConnection.Hosting.Caching;
using WellnessConnection.Hosting.GraphQLHttp;
using WellnessConnection.Tests.Hosting.GraphQLHttp;
using WellnessConnection.Tests.Hosting.Operations;
using static WellnessConnection.Tests.Hosting.GraphQLHttp.GraphQLHttpHost;
using static WellnessConnection.Tests.Hosting.GraphQLHttp.GraphQLResponseAssert;

namespace WellnessConnection.Tests.Hosting.Caching;

public sealed class ResponseCacheTests(EndpointApiFactory factory) : IClassFixture<EndpointApiFactory>
{
    private const string GraphQLResponse = "application/graphql-response+json";
    private const string Json = "application/json";

    [Fact]
    public async Task A_get_carries_a_weak_etag_with_the_content_version_and_public_caching_headers()
    {
        using var response = await factory.GetAsync(
            Query(("query", "query Headers { contentVersion topics(first: 3) { nodes { slug } } }"))
        );

        var version = (await BodyAsync(response)).GetProperty("data").GetProperty("contentVersion").GetString();
        var etag = response.Headers.ETag!;
        Assert.True(etag.IsWeak);
        Assert.StartsWith($"\"{version}-", etag.Tag, StringComparison.Ordinal);
        Assert.Equal("public, max-age=60, stale-while-revalidate=300", response.Headers.CacheControl!.ToString());
        Assert.Equal(["Accept", "X-Preview-Token", "Origin"], response.Headers.Vary);
    }

    [Fact]
    public async Task A_get_with_a_matching_if_none_match_is_304_without_a_body()
    {
        var query = Query(("query", "query Conditional { pages { nodes { slug } } }"));
        using var first = await factory.GetAsync(query);
        var etag = first.Headers.ETag!.ToString();

        using var again = await factory.GetAsync(query, null, ("If-None-Match", etag));
        using var other = await factory.GetAsync(query, null, ("If-None-Match", "W/\"0000-0000\", \"abc\""));
        using var any = await factory.GetAsync(query, null, ("If-None-Match", "*"));

        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, again.Headers.ETag!.ToString());
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, any.StatusCode);
    }

    [Fact]
    public async Task Different_documents_variables_operations_and_media_types_get_different_etags()
    {
        const string document =
            "query A($slug: String!) { topic(slug: $slug) { name } } query B($slug: String!) { topic(slug: $slug) "
            + "{ slug } }";
        var responses = new[]
        {
            await factory.GetAsync(
                Query(("query", document), ("operationName", "A"), ("variables", """{"slug":"sleep"}"""))
            ),
            await factory.GetAsync(
                Query(("query", document), ("operationName", "B"), ("variables", """{"slug":"sleep"}"""))
            ),
            await factory.GetAsync(
                Query(("query", document), ("operationName", "A"), ("variables", """{"slug":"burnout"}"""))
            ),
            await factory.GetAsync(
                Query(("query", document), ("operationName", "A"), ("variables", """{"slug":"sleep"}""")),
                GraphQLResponse
            ),
            await factory.GetAsync(Query(("query", "{ topic(slug: \"sleep\") { name } }"))),
        };

        var etags = responses.Select(r => r.Headers.ETag!.Tag).ToList();
        Assert.Equal(etags.Count, etags.Distinct().Count());
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task An_answer_that_changes_with_the_clock_alone_gets_another_etag()
    {
        using var server = new EndpointApiFactory();
        var query = Query(
            ("query", "query Clock { contentVersion session(slug: \"example-sleep-part-2\") { isPast } }")
        );
        using var before = await server.GetAsync(query);
        var etag = before.Headers.ETag!.ToString();

        // The session (8 December 2026) ends; nothing is published.
        server.Clock.Advance(TimeSpan.FromDays(14));
        using var after = await server.GetAsync(query, null, ("If-None-Match", etag));

        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        var (old, now) = ((await BodyAsync(before)).GetProperty("data"), (await BodyAsync(after)).GetProperty("data"));
        Assert.Equal(old.GetProperty("contentVersion").GetString(), now.GetProperty("contentVersion").GetString());
        Assert.False(old.GetProperty("session").GetProperty("isPast").GetBoolean());
        Assert.True(now.GetProperty("session").GetProperty("isPast").GetBoolean());
        Assert.NotEqual(etag, after.Headers.ETag!.ToString());
    }

    [Fact]
    public async Task A_query_asked_again_is_then_answered_from_memory_get_and_post_alike_until_it_is_no_longer_fresh()
    {
        const string query = "query Repeated { facilitators { nodes { name } } }";
        var before = factory.Executions.Count;

        using var first = await factory.PostAsync(new { query });
        using var second = await factory.PostAsync(new { query }, Json);
        using var third = await factory.GetAsync(Query(("query", query)));
        // The first time is only noted (a one-off request is not kept), the second is kept, the third is served from
        // it.
        Assert.Equal(before + 2, factory.Executions.Count);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await third.Content.ReadAsStringAsync());
        Assert.Equal(Json, second.Content.Headers.ContentType?.MediaType);

        factory.Clock.Advance(TimeSpan.FromSeconds(10));
        using var older = await factory.GetAsync(Query(("query", query)));
        Assert.Equal("10", older.Headers.GetValues("Age").Single());

        factory.Clock.Advance(TimeSpan.FromSeconds(60));
        using var stale = await factory.GetAsync(Query(("query", query)));
        Assert.Equal(before + 3, factory.Executions.Count);
        Assert.False(stale.Headers.Contains("Age"));
    }

    [Fact]
    public async Task Each_response_kept_is_counted_from_its_second_asking_and_a_one_off_request_is_not_kept()
    {
        using var server = new EndpointApiFactory();
        using var stores = new ServerCounter(server.Services, "wc.response_cache.stores");
        const string query = "query Counted($slug: String!) { topic(slug: $slug) { name } }";
        var counts = new List<long>();
        foreach (
            var variables in new object[]
            {
                new { slug = "sleep" },
                new { slug = "sleep" },
                new { slug = "sleep" },
                // An unused variable makes a request new, as the benchmark's cold loads do.
                new { slug = "sleep", nocache = "1" },
                new { slug = "sleep", nocache = "2" },
            }
        )
        {
            using var response = await server.PostAsync(new { query, variables });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            counts.Add(stores.Total);
        }

        // Noted, kept, answered from memory; then two one-off requests, noted only.
        Assert.Equal([0, 1, 1, 1, 1], counts);
        Assert.Single(server.Services.GetRequiredService<ResponseCache>().Kept);
    }

    [Fact]
    public async Task A_post_is_kept_in_memory_but_not_for_shared_caches_and_ignores_if_none_match()
    {
        using var first = await factory.PostAsync(new { query = "query Posted { contentVersion }" });
        using var again = await factory.PostAsync(
            new { query = "query Posted { contentVersion }" },
            null,
            ("If-None-Match", first.Headers.ETag!.ToString())
        );

        Assert.Equal("no-cache", first.Headers.CacheControl!.ToString());
        Assert.NotNull(first.Headers.ETag);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }

    [Theory]
    [InlineData("{ crisisLines(region: ON) { name phone } }")]
    [InlineData("query { crisisLine(slug: \"988-suicide-crisis-helpline\") { phone } }")]
    [InlineData("{ search(query: \"crisis\") { snippet } }")]
    [InlineData("{ nodes(ids: []) { ... on CrisisLine { phone } } }")]
    [InlineData("query { nodes(ids: []) { ...Line } } fragment Line on CrisisLine { phone }")]
    public async Task Responses_that_can_show_crisis_line_details_are_fresh_for_less_time(string query)
    {
        using var response = await factory.GetAsync(Query(("query", query)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("public, max-age=30, stale-while-revalidate=30", response.Headers.CacheControl!.ToString());
    }

    [Theory]
    [InlineData("{ nope }")]
    [InlineData("{ topics(first: 1000) { totalCount } }")]
    [InlineData("{ session(slug: \"sleep-part-1\") { displayTime(timeZone: \"Mars/Olympus\") } }")]
    public async Task A_response_with_errors_is_never_stored(string query)
    {
        var before = factory.Executions.Count;

        using var first = await factory.GetAsync(Query(("query", query)));
        using var second = await factory.GetAsync(Query(("query", query)));

        Assert.True((await BodyAsync(second)).TryGetProperty("errors", out _));
        Assert.Equal("no-store", second.Headers.CacheControl!.ToString());
        Assert.Null(second.Headers.ETag);
        Assert.Equal(before + 2, factory.Executions.Count);
    }

    [Fact]
    public async Task A_request_with_a_preview_token_is_neither_served_from_nor_stored_in_the_cache()
    {
        const string query = "query Previewed { series { nodes { slug } } }";
        using var published = await factory.GetAsync(Query(("query", query)));
        var before = factory.Executions.Count;

        using var preview = await factory.GetAsync(Query(("query", query)), null, ("X-Preview-Token", "a-token"));
        using var previewAgain = await factory.GetAsync(Query(("query", query)), null, ("X-Preview-Token", "a-token"));

        Assert.Equal(before + 2, factory.Executions.Count);
        Assert.Contains("no-store", previewAgain.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.Null(previewAgain.Headers.ETag);
        Assert.Contains("X-Preview-Token", published.Headers.Vary);
    }

    [Fact]
    public async Task The_cached_body_is_the_same_json_as_a_fresh_one()
    {
        const string query =
            "query Same { topic(slug: \"sleep\") { name sessions(first: 2) { nodes { title displayTime } } } }";

        using var fresh = await factory.PostAsync(new { query });
        using var cached = await factory.PostAsync(new { query });

        var freshJson = await fresh.Content.ReadAsStringAsync();
        Assert.Equal(freshJson, await cached.Content.ReadAsStringAsync());
        Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(freshJson).RootElement.GetProperty("data").ValueKind);
    }

    [Fact]
    public async Task A_kept_response_holds_no_more_memory_than_its_body()
    {
        // A body is written into a buffer sized from the response before it: a small one after a large one.
        using var large = await factory.PostAsync(
            new { query = "query Large { sessions(first: 50) { nodes { body { html } } } }" }
        );
        using var small = await factory.PostAsync(new { query = "query Small { topic(slug: \"sleep\") { name } }" });
        using var keptSmall = await factory.PostAsync(
            new { query = "query Small { topic(slug: \"sleep\") { name } }" }
        );
        var largeJson = await large.Content.ReadAsStringAsync();
        Assert.True(largeJson.Length > 2 * 1024 && !largeJson.Contains("\"errors\"", StringComparison.Ordinal));

        var kept = factory.Services.GetRequiredService<ResponseCache>().Kept;

        Assert.Contains(kept, response => response.Body.Length < 100);
        Assert.All(kept, response =>
        {
            Assert.True(MemoryMarshal.TryGetArray(response.Body, out var bytes));
            Assert.Equal(response.Body.Length, bytes.Array!.Length);
        });
    }
}
