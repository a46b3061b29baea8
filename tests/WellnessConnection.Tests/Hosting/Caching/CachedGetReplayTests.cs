using System.Net;
using System.Net.Http.Json;
using WellnessConnection.Tests.Feeds;
using WellnessConnection.Tests.Hosting.Operations;
using WellnessConnection.Tests.Hosting.Protection;
using static WellnessConnection.Tests.Hosting.PersistedDocuments.AutomaticPersistedQueryTests;

namespace WellnessConnection.Tests.Hosting.Caching;

/// <summary>
/// What the replay of cached GETs (<c>CachedGetReplay</c>) must not skip: the rate limit, a dropped automatic
/// persisted query, a new content version, and the request log when it writes every request. The differential test
/// (<see cref="CachedGetReplayDifferentialTests"/>) covers the headers and the clock.
/// </summary>
public sealed class CachedGetReplayTests
{
    private const string Listing =
        "/graphql?query=%7B%20sessions(first%3A%202)%20%7B%20nodes%20%7B%20slug%20%7D%20%7D%20%7D";

    [Fact]
    public async Task A_repeated_get_is_replayed_before_the_endpoint()
    {
        using var server = new ReplayApiFactory([]);
        var client = server.CreateClient();
        using var replays = new ServerCounter(server.Services, "wc.response_cache.replays");
        var answers = new List<string>();
        for (var time = 0; time < 4; time++)
        {
            answers.Add(await client.GetStringAsync(Listing));
        }

        // Asked, kept, then replayed twice.
        Assert.Equal(2, server.Endpoint.Count);
        Assert.Equal(2, replays.Total);
        Assert.Single(answers.Distinct());
    }

    [Fact]
    public async Task A_client_over_its_rate_limit_is_refused_though_its_answer_could_be_replayed()
    {
        using var server = new ReplayApiFactory(
            [new("Protection:RateLimit:Burst", "3"), new("Protection:RateLimit:PerSecond", "1")],
            fromClient: true
        );
        var client = server.CreateClient();
        var statuses = await RateLimitProbe.UntilRefusedAsync(_ => client.GetAsync(Listing));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK], statuses.Take(3));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        // The first two reached the endpoint; the next were replayed, and drew on the same bucket; the last went
        // through the pipeline, whose rate limit refused it before the endpoint.
        Assert.Equal(2, server.Endpoint.Count);
    }

    [Fact]
    public async Task A_dropped_automatic_persisted_query_is_not_found_though_its_answer_was_replayed()
    {
        using var server = new ReplayApiFactory([new("PersistedQueries:AutomaticCacheBytes", "20000")]);
        var client = server.CreateClient();
        const string query = "query Dropped { contentVersion }";
        var hash = Sha256(query);
        var get =
            "/graphql?extensions="
            + Uri.EscapeDataString($"{{\"persistedQuery\":{{\"version\":1,\"sha256Hash\":\"{hash}\"}}}}");
        await RegisterAsync(client, query);
        for (var time = 0; time < 3; time++)
        {
            Assert.Contains("\"data\"", await client.GetStringAsync(get));
        }

        // The registration, then the first GET, which is kept (the registration asked for the same answer).
        Assert.Equal(2, server.Endpoint.Count);

        // Other queries push it out of the store; a header no replay accepts asks the pipeline whether it has (which
        // uses it, and so keeps it a while longer).
        for (var batch = 0; batch < 5 && !await NotFoundAsync(client, get, bypass: true); batch++)
        {
            for (var other = 0; other < 300; other++)
            {
                await RegisterAsync(client, $"query Other{batch}x{other} {{ contentVersion }}");
            }
        }

        Assert.True(await NotFoundAsync(client, get, bypass: true), "the store never dropped the query");
        Assert.True(await NotFoundAsync(client, get, bypass: false));
    }

    [Fact]
    public async Task A_new_content_version_is_not_answered_from_the_one_before()
    {
        using var server = new EditedContentFactory();
        var client = server.CreateClient();
        const string get = "/graphql?query=%7B%20session(slug%3A%20%22sleep-part-1%22)%20%7B%20title%20%7D%20%7D";
        for (var time = 0; time < 3; time++)
        {
            Assert.Contains("Sleep (part I)", await client.GetStringAsync(get));
        }

        server.Edit("sessions/2023-12-05-sleep-part-1.md", "Sleep (part I)", "Sleep (part one)");

        Assert.Contains("Sleep (part one)", await client.GetStringAsync(get));
    }

    [Fact]
    public async Task While_the_request_log_writes_successes_every_request_goes_through_the_pipeline()
    {
        using var server = new ReplayApiFactory([
            new("Logging:LogLevel:WellnessConnection.Hosting.Operations.RequestLogMiddleware", "Debug"),
        ]);
        var client = server.CreateClient();
        for (var time = 0; time < 4; time++)
        {
            await client.GetStringAsync(Listing);
        }

        Assert.Equal(4, server.Endpoint.Count);
    }

    private static async Task RegisterAsync(HttpClient client, string query)
    {
        using var response = await client.PostAsJsonAsync(
            "/graphql",
            new { query, extensions = new { persistedQuery = new { version = 1, sha256Hash = Sha256(query) } } }
        );
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static async Task<bool> NotFoundAsync(HttpClient client, string get, bool bypass)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, get);
        if (bypass)
        {
            request.Headers.Add("X-Not-Replayed", "1");
        }

        using var response = await client.SendAsync(request);
        return (await response.Content.ReadAsStringAsync()).Contains(
            "PERSISTED_QUERY_NOT_FOUND",
            StringComparison.Ordinal
        );
    }
}
