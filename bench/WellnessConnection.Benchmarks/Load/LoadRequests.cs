using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using WellnessConnection.Benchmarks.Corpus;

namespace WellnessConnection.Benchmarks.Load;

/// <summary>
/// The requests <c>bench/run</c> sends, written as files wrk's Lua scripts read. A warm operation repeats one request;
/// a cold one rotates through many (every topic and the first pages, every published session, many search terms).
/// POST bodies all start with <c>{"variables":{</c> and GET lines with <c>variables=%7B</c>, where the Lua scripts
/// insert a unique unused variable, so that no response cache can answer a cold request.
/// </summary>
public sealed class LoadRequests(
    CorpusManifest manifest,
    IReadOnlyList<string> sessionSlugs,
    string queries,
    int coldCount
)
{
    public const int PageSize = 20;

    private static readonly string[] SearchTerms =
    [
        "sleep",
        "shift work",
        "burnout",
        "stress",
        "peer support",
        "mindful",
        "resilien",
        "career",
        "grief",
        "boundar",
        "leadership",
        "parent",
        "colleague",
        "listen",
        "fatigue",
        "on call",
        "residents",
        "medical students",
        "imposter",
        "exercise",
        "money",
        "retire",
        "conflict",
        "moral distress",
        "self-compassion",
        "chronotype",
        "wind down",
        "recover",
        "family medicine",
        "rural",
        "emergency",
        "inbox",
        "facilitator",
        "confidential",
        "practical tools",
        "transition",
    ];

    private readonly SeededRandom random = new(manifest.Seed);

    public void WriteTo(string directory)
    {
        Directory.CreateDirectory(directory);
        var listing = Query("listing");
        var session = Query("session");
        var search = Query("search");

        Write(directory, "listing.post.json", [Post(listing, ListingVariables(manifest.ListingTopic, page: 0))]);
        Write(directory, "listing.cold.post.txt", ListingPages().Select(v => Post(listing, v)));
        Write(directory, "listing.get.variables.txt", [GetVariables(ListingVariables(manifest.ListingTopic, page: 0))]);
        Write(directory, "listing.cold.get.txt", ListingPages().Select(GetVariables));
        WritePersisted(directory, listing);

        Write(directory, "session.post.json", [Post(session, new() { ["slug"] = manifest.SessionSlug })]);
        Write(
            directory,
            "session.cold.post.txt",
            Shuffled(sessionSlugs).Take(coldCount).Select(s => Post(session, new() { ["slug"] = s }))
        );

        Write(directory, "search.post.json", [Post(search, new() { ["q"] = "sleep shift" })]);
        Write(
            directory,
            "search.cold.post.txt",
            Enumerable.Range(0, coldCount).Select(_ => Post(search, new() { ["q"] = SearchText() }))
        );

        Write(
            directory,
            "corpus.env",
            [
                $"CORPUS_SESSIONS={manifest.Sessions.ToString(CultureInfo.InvariantCulture)}",
                $"CORPUS_FILES={manifest.Files.ToString(CultureInfo.InvariantCulture)}",
                $"EDIT_FILE={manifest.EditFile}",
                $"EDIT_SLUG={manifest.EditSlug}",
            ]
        );
    }

    /// <summary>
    /// The two ways a GET can name a stored document, tried in turn: the GraphQL-over-HTTP <c>documentId</c>, and
    /// Apollo's <c>persistedQuery</c> extension with the POST body that registers the document.
    /// </summary>
    private void WritePersisted(string directory, string listing)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(listing)));
        var extension = new { persistedQuery = new { version = 1, sha256Hash = hash } };
        Write(directory, "persisted.documentid.prefix", [$"/graphql?documentId=sha256:{hash}&"]);
        Write(
            directory,
            "persisted.apq.prefix",
            [$"/graphql?extensions={Uri.EscapeDataString(JsonSerializer.Serialize(extension))}&"]
        );
        Write(
            directory,
            "persisted.apq.register.json",
            [
                JsonSerializer.Serialize(
                    new
                    {
                        query = listing,
                        variables = ListingVariables(manifest.ListingTopic, page: 0),
                        extensions = extension,
                    }
                ),
            ]
        );
    }

    private string Query(string name) => File.ReadAllText(Path.Combine(queries, name + ".graphql")).Trim();

    /// <summary>Every topic, pages 1 to 4, in random order, repeated up to the cold count.</summary>
    private List<Dictionary<string, object?>> ListingPages()
    {
        var pages = manifest
            .Topics.SelectMany(t => Enumerable.Range(0, 4).Select(page => ListingVariables(t, page)))
            .ToList();
        return
        [
            .. Enumerable.Range(0, coldCount).Select(i => pages[i % pages.Count]).OrderBy(_ => random.NextUInt64()),
        ];
    }

    private static Dictionary<string, object?> ListingVariables(string topic, int page) =>
        new()
        {
            ["topic"] = topic,
            ["after"] =
                page == 0
                    ? null
                    : Convert.ToBase64String(
                        Encoding.UTF8.GetBytes(
                            string.Create(CultureInfo.InvariantCulture, $"wc:{(page * PageSize) - 1}")
                        )
                    ),
        };

    private string SearchText()
    {
        var term = random.Pick(SearchTerms);
        // Readers search as they type: a third of the searches end in a partial word.
        return random.Chance(0.33) && term.Length > 4 ? term[..^random.Next(1, 3)] : term;
    }

    private List<string> Shuffled(IReadOnlyList<string> items) => [.. items.OrderBy(_ => random.NextUInt64())];

    private static string Post(string query, Dictionary<string, object?> variables) =>
        JsonSerializer.Serialize(new { variables, query });

    private static string GetVariables(Dictionary<string, object?> variables) =>
        "variables=" + Uri.EscapeDataString(JsonSerializer.Serialize(variables));

    private static void Write(string directory, string name, IEnumerable<string> lines) =>
        File.WriteAllLines(Path.Combine(directory, name), lines);
}
