using System.Net.Http.Json;
using CsCheck;
using WellnessConnection.Tests.Hosting.GraphQLHttp;
using WellnessConnection.Tests.Properties;
using static WellnessConnection.Tests.Hosting.PersistedDocuments.AutomaticPersistedQueryTests;

namespace WellnessConnection.Tests.Hosting.Caching;

/// <summary>
/// The replay of cached GETs (<c>CachedGetReplay</c>) against the whole pipeline, over generated sequences of
/// requests: GETs of trusted documents, automatic persisted queries and query texts, with variables that miss or do
/// not parse, asked with the headers each layer reads (<c>Host</c>, <c>Accept</c>, <c>Origin</c>, a preview token,
/// <c>If-None-Match</c>, forwarded and unread headers), between which the clock moves on. Each request goes to a
/// server that replays and to one that does not (<c>Caching:ReplayGets</c> off), once to four times in a row, and
/// every answer must be the same: status, every header but <c>Date</c>, and body.
/// </summary>
public sealed class CachedGetReplayDifferentialTests : IDisposable
{
    private const string Partner = "https://partner.example.org";
    private const string PreviewSecret = "replay-preview-secret-0123456789";

    /// <summary>Documents registered as automatic persisted queries, or sent as text, with their variables.</summary>
    private static readonly (string Query, string[] Variables)[] Automatic =
    [
        ("{ contentVersion }", [""]),
        ("query Topic($topic: String!) { topic(slug: $topic) { slug name } }", ["{\"topic\":\"sleep\"}"]),
        (
            "query Session($slug: String!) { session(slug: $slug) { slug title startsAt } }",
            ["{\"slug\":\"sleep-part-1\"}", "{\"slug\":\"no-such-session\"}"]
        ),
        ("query Lines($region: Region) { crisisLines(region: $region) { slug name phone } }", ["{\"region\":\"QC\"}"]),
    ];

    /// <summary>The trusted documents of <c>persisted/</c>, by file, with their variables.</summary>
    private static readonly (string File, string[] Variables)[] Trusted =
    [
        ("partner-listing.graphql", ["{\"topic\":\"sleep\"}", "{\"topic\":\"no-such-topic\"}"]),
        ("session-page.graphql", ["{\"slug\":\"sleep-part-1\"}"]),
        ("crisis-lines.graphql", ["{\"region\":\"QC\"}", "{\"region\":\"ON\",\"locale\":\"FR\"}", ""]),
        ("embed-listing.graphql", ["{\"locale\":\"EN\",\"first\":5}"]),
    ];

    /// <summary>A document, by trusted id, by automatic persisted query hash, or as text, and its variables.</summary>
    private static readonly Gen<(string Document, string[] Variables)> Document = Gen.OneOf(
        Gen.OneOf(Trusted)
            .Select(trusted => ($"documentId={Uri.EscapeDataString(TrustedId(trusted.File))}", trusted.Variables)),
        Gen.OneOf(Automatic)
            .Select(automatic =>
                (
                    "extensions="
                        + Uri.EscapeDataString(
                            $"{{\"persistedQuery\":{{\"version\":1,\"sha256Hash\":\"{Sha256(automatic.Query)}\"}}}}"
                        ),
                    automatic.Variables
                )
            ),
        Gen.OneOf(Automatic)
            .Select(automatic => ($"query={Uri.EscapeDataString(automatic.Query)}", automatic.Variables))
    );

    /// <summary>Mostly the document's own variables; sometimes another's, or variables that do not parse.</summary>
    private static readonly Gen<string> QueryString = Gen.Select(
        Document,
        Gen.Int[0, 99],
        Gen.Frequency((12, Gen.Const("")), (1, Gen.Const("&operationName=Topic"))),
        (document, pick, operation) =>
        {
            var variables =
                pick < 85 ? document.Variables[pick % document.Variables.Length]
                : pick < 95 ? "{\"topic\":\"burnout\"}"
                : "{\"topic\":";
            return "?"
                + document.Document
                + (variables.Length > 0 ? "&variables=" + Uri.EscapeDataString(variables) : "")
                + operation;
        }
    );

    /// <summary>Headers a layer reads, and some no layer reads; most requests carry few of them.</summary>
    private static readonly Gen<(string Name, string Value)[]> Headers = Gen.Select(
            Gen.Frequency(
                (6, Gen.Const(("", ""))),
                (2, Gen.Const(("Accept", "application/graphql-response+json"))),
                (2, Gen.Const(("Accept", "application/json"))),
                (1, Gen.Const(("Accept", "text/html"))),
                (1, Gen.Const(("Accept", "image/png")))
            ),
            Gen.Frequency(
                (6, Gen.Const(("", ""))),
                (2, Gen.Const(("Origin", Partner))),
                (1, Gen.Const(("Origin", "https://elsewhere.example")))
            ),
            Gen.Frequency(
                (8, Gen.Const(("", ""))),
                (1, Gen.Const(("Host", "evil.example"))),
                (1, Gen.Const(("Host", "127.0.0.1")))
            ),
            Gen.Frequency(
                (10, Gen.Const(("", ""))),
                (1, Gen.Const(("X-Preview-Token", PreviewSecret))),
                (1, Gen.Const(("X-Preview-Token", "wrong-token"))),
                (1, Gen.Const(("If-None-Match", "*"))),
                (1, Gen.Const(("X-Forwarded-For", "198.51.100.9"))),
                (1, Gen.Const(("Cookie", "session=1"))),
                (2, Gen.Const(("User-Agent", "Mozilla/5.0"))),
                (1, Gen.Const(("Accept-Language", "fr-CA")))
            ),
            (accept, origin, host, other) => new[] { accept, origin, host, other }
        )
        .Select(headers => headers.Where(header => header.Item1.Length > 0).ToArray());

    private static readonly Gen<Step> Steps = Gen.Frequency(
        (12, Gen.Select(QueryString, Headers.Array[1, 5], (query, sends) => Step.Get(query, sends))),
        (2, Gen.Int[1, 45].Select(seconds => Step.Wait(TimeSpan.FromSeconds(seconds)))),
        (1, Gen.OneOf(Automatic).Select(automatic => Step.Register(automatic.Query)))
    );

    private readonly ReplayApiFactory replaying = Server(replay: true);
    private readonly ReplayApiFactory pipeline = Server(replay: false);

    [Fact]
    public async Task Every_answer_is_the_whole_pipelines_byte_for_byte()
    {
        var withReplay = replaying.CreateClient();
        var without = pipeline.CreateClient();
        await Steps.SampleAsync(
            async step =>
            {
                if (step.Seconds is { } seconds)
                {
                    replaying.Clock.Advance(seconds);
                    pipeline.Clock.Advance(seconds);
                    return;
                }

                foreach (var headers in step.Sends)
                {
                    var expected = await AnswerAsync(without, step, headers);
                    Assert.Equal(expected, await AnswerAsync(withReplay, step, headers));
                }
            },
            seed: PropertyRuns.Seed("0000000000011"),
            iter: PropertyRuns.Iterations(1000),
            threads: 1,
            print: step => step.ToString()
        );

        // Every request that is not replayed reaches the endpoint. The generator must reach the replay, often.
        var replayed = pipeline.Endpoint.Count - replaying.Endpoint.Count;
        Assert.True(replayed > 100, $"only {replayed} replays");
    }

    public void Dispose()
    {
        replaying.Dispose();
        pipeline.Dispose();
    }

    private static async Task<string> AnswerAsync(HttpClient client, Step step, (string Name, string Value)[] headers)
    {
        using var request = step.Message(headers);
        using var response = await client.SendAsync(request);
        var sent = response
            .Headers.Concat(response.Content.Headers)
            .Where(header => header.Key != "Date")
            .Select(header => $"{header.Key}: {string.Join(", ", header.Value)}")
            .Order(StringComparer.Ordinal);
        return $"{(int)response.StatusCode}\n{string.Join('\n', sent)}\n\n"
            + await response.Content.ReadAsStringAsync();
    }

    private static string TrustedId(string file)
    {
        var manifest = Path.Combine(EndpointApiFactory.PersistedDirectory, "manifest.json");
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(manifest));
        return json
            .RootElement.GetProperty("documents")
            .EnumerateArray()
            .Single(document => document.GetProperty("file").GetString() == file)
            .GetProperty("id")
            .GetString()!;
    }

    /// <summary>A GET sent once for each set of headers in a row, a wait, or a registration.</summary>
    private sealed record Step(
        string? Query,
        (string Name, string Value)[][] Sends,
        TimeSpan? Seconds,
        string? Registers
    )
    {
        public static Step Get(string query, (string, string)[][] sends) => new(query, sends, null, null);

        public static Step Wait(TimeSpan seconds) => new(null, [], seconds, null);

        /// <summary>An automatic persisted query sent with its text, which registers it.</summary>
        public static Step Register(string query) =>
            new(
                null,
                [
                    [],
                ],
                null,
                query
            );

        public HttpRequestMessage Message((string Name, string Value)[] headers)
        {
            if (Registers is { } text)
            {
                return new HttpRequestMessage(HttpMethod.Post, "/graphql")
                {
                    Content = JsonContent.Create(
                        new
                        {
                            query = text,
                            extensions = new { persistedQuery = new { version = 1, sha256Hash = Sha256(text) } },
                        }
                    ),
                };
            }

            // The test server takes the host from the address, and would add a Host header to it.
            var host = headers.FirstOrDefault(header => header.Name == "Host").Value ?? "localhost";
            var message = new HttpRequestMessage(HttpMethod.Get, $"http://{host}/graphql{Query}");
            foreach (var (name, value) in headers.Where(header => header.Name != "Host"))
            {
                message.Headers.TryAddWithoutValidation(name, value);
            }

            return message;
        }

        public override string ToString() =>
            Seconds is { } seconds ? $"wait {seconds.TotalSeconds} s"
            : Registers is { } text ? $"register {text}"
            : $"GET /graphql{Query} with "
                + string.Join(" | ", Sends.Select(send => string.Join("; ", send.Select(h => $"{h.Name}: {h.Value}"))));
    }

    private static ReplayApiFactory Server(bool replay) =>
        new([
            new("Caching:ReplayGets", replay ? "true" : "false"),
            new("Protection:Cors:AllowedOrigins:0", Partner),
            new("Protection:RateLimit:Enabled", "false"),
            new("Preview:Token", PreviewSecret),
        ]);
}
