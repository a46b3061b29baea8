using System.Net.Http.Headers;
using System.Net.Http.Json;
using CsCheck;
using WellnessConnection.GraphQL.Common;
using WellnessConnection.Tests.Content;
using WellnessConnection.Tests.GraphQL;

namespace WellnessConnection.Tests.Properties;

/// <summary>
/// The engine's shortcuts against its general path, over generated requests (the hostile ones of
/// <see cref="GraphQLDocumentGen"/> and pages, bodies and searches of the sample content). The shortcuts are the index
/// memo (relations, bodies, listings, search hits), the parsed and validated documents, and the rules a document
/// checked before skips. The general path is a server with the memo off, asked each request once under a document text
/// it has never seen (a trailing comment, which moves no error location): it parses, runs every rule and reads SQL.
/// The server with the shortcuts is asked each request three times (the first fills the memo and the second keeps
/// the document; the third goes through every shortcut), and each of its answers must be the general path's, byte for
/// byte, with the same surrogate keys. The response cache is off on both, so neither answers from it.
/// </summary>
public sealed class ShortcutDifferentialTests : IDisposable
{
    private static readonly string[] SessionSlugs = SlugsOf("sessions");
    private static readonly string[] TopicSlugs = SlugsOf("topics");

    private static readonly Gen<string> Word = Gen.OneOf(
        "sleep",
        "burnout",
        "peer",
        "support",
        "stress",
        "soins",
        "self-care",
        "crisis",
        "sommeil",
        "zzzz"
    );

    private static readonly Gen<string> Page = Gen.OneOf(
        "session(slug: $slug, locale: $locale) { slug title startsAt endsAt status "
            + "body { html text headings { text } } facilitators { slug name } topics { slug name } series { title } }",
        "topic(slug: $topic, locale: $locale) { slug name body { html } resources { slug title } }",
        "sessions(first: $first, locale: $locale, where: { topics: { some: { slug: { eq: $topic } } } }) { "
            + "nodes { slug title startsAt facilitators { name } topics { slug } } "
            + "pageInfo { hasNextPage endCursor } }",
        "search(query: $text, first: $first, locale: $locale) { score snippet node { __typename "
            + "... on Session { slug title } ... on Topic { slug } } }",
        "upcomingSessions(first: $first, locale: $locale) { nodes { slug body { text } topics { name } } }"
    );

    private static readonly Dictionary<string, string> VariableTypes = new()
    {
        ["slug"] = "String!",
        ["topic"] = "String!",
        ["text"] = "String!",
        ["first"] = "Int!",
        ["locale"] = "Locale!",
    };

    /// <summary>What a front end asks for, with variables that sometimes miss (unknown slugs, large pages).</summary>
    private static readonly Gen<GeneratedRequest> PageRequest = Gen.Select(
        Page.Array[1, 3],
        Gen.OneOf([.. SessionSlugs, "no-such-session"]),
        Gen.OneOf([.. TopicSlugs, "no-such-topic"]),
        Word,
        Gen.Frequency((8, Gen.Int[1, 20]), (1, Gen.Int[0, 200])),
        Gen.OneOf("EN", "FR"),
        (fields, slug, topic, text, first, locale) =>
        {
            var values = new Dictionary<string, object>
            {
                ["slug"] = slug,
                ["topic"] = topic,
                ["text"] = text,
                ["first"] = first,
                ["locale"] = locale,
            };
            var used = values.Keys.Where(name => fields.Any(field => field.Contains('$' + name))).ToList();
            var declared = used.Select(name => $"${name}: {VariableTypes[name]}");
            return new GeneratedRequest(
                $"query Page({string.Join(", ", declared)}) {{ "
                    + string.Join(' ', fields.Select((field, i) => $"f{i}: {field}"))
                    + " }",
                used.ToDictionary(name => name, name => values[name])
            );
        }
    );

    private readonly ShortcutsFactory shortcuts = new(memo: true);
    private readonly ShortcutsFactory general = new(memo: false);
    private int sent;

    [Fact]
    public async Task Every_generated_request_answers_through_the_shortcuts_as_through_the_general_path()
    {
        var withShortcuts = shortcuts.CreateClient();
        var generalPath = general.CreateClient();
        var answered = 0;
        var generalTexts = new HashSet<string>();
        await Gen.Frequency(
                (2, PageRequest.Select(r => (Request: r, Parses: true))),
                (1, GraphQLDocumentGen.Request.Where(r => r.RawBody is null).Select(r => (Request: r, Parses: false)))
            )
            .SampleAsync(
                async sample =>
                {
                    var (request, parses) = sample;
                    // A new text for each request that parses; one that may not keeps its text, as an error at its
                    // end would move with a comment, and is left out if the general path has seen it already.
                    var comment = parses ? $"\n# {Interlocked.Increment(ref sent)}" : "";
                    if (!generalTexts.Add(request.Query + comment))
                    {
                        return;
                    }

                    var expected = await AnswerAsync(generalPath, request, comment);
                    for (var time = 1; time <= 3; time++)
                    {
                        Assert.Equal(expected, await AnswerAsync(withShortcuts, request, ""));
                    }

                    answered += expected.Contains("\"data\":{", StringComparison.Ordinal) ? 1 : 0;
                },
                seed: PropertyRuns.Seed("0000000000003"),
                iter: PropertyRuns.Iterations(200),
                threads: 1,
                print: sample => sample.Request.ToString()
            );

        // The generator must reach the shortcuts: most requests run.
        Assert.True(answered > 100, $"only {answered} requests ran");
    }

    [Fact]
    public async Task A_document_that_passed_with_small_pages_is_still_refused_with_large_ones()
    {
        const string query = """
            query Nested($first: Int!) {
              sessions(first: $first) { nodes { topics { sessions(first: $first) { nodes { topics { slug } } } } } }
            }
            """;
        var client = shortcuts.CreateClient();
        for (var time = 1; time <= 3; time++)
        {
            Assert.DoesNotContain(
                "errors",
                await AnswerAsync(client, new GeneratedRequest(query, new { first = 2 }), "")
            );
        }

        var large = new GeneratedRequest(query, new { first = 100 });
        var refused = await AnswerAsync(client, large, "");
        Assert.Contains("QUERY_TOO_COMPLEX", refused);
        Assert.Equal(await AnswerAsync(general.CreateClient(), large, "\n# new"), refused);
    }

    public void Dispose()
    {
        shortcuts.Dispose();
        general.Dispose();
    }

    private static async Task<string> AnswerAsync(HttpClient client, GeneratedRequest request, string comment)
    {
        using var content = JsonContent.Create(new { query = request.Query + comment, variables = request.Variables });
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await client.PostAsync("/graphql", content);
        // The surrogate keys too: a shortcut must name the documents the general path shows.
        var keys = response.Headers.TryGetValues("Surrogate-Key", out var values) ? string.Join(' ', values) : "-";
        return $"{(int)response.StatusCode} {keys} {await response.Content.ReadAsStringAsync()}";
    }

    private static string[] SlugsOf(string folder) =>
        [
            .. Directory
                .GetFiles(Path.Combine(ContentFixtures.SampleContentDirectory, folder), "*.md")
                .Select(path =>
                    System.Text.RegularExpressions.Regex.Replace(
                        Path.GetFileNameWithoutExtension(path),
                        "^\\d{4}-\\d{2}-\\d{2}-",
                        ""
                    )
                )
                .Order(StringComparer.Ordinal),
        ];

    private sealed class ShortcutsFactory(bool memo) : ContentApiFactory
    {
        protected override IEnumerable<KeyValuePair<string, string>> Settings =>
            [
                new("Index:Memo", memo ? "true" : "false"),
                new("Caching:Enabled", "false"),
                new("Protection:RateLimit:Enabled", "false"),
            ];
    }
}
