using System.CommandLine;
using System.Text.Json;
using WellnessConnection.Benchmarks.Corpus;

namespace WellnessConnection.Benchmarks.Load;

/// <summary><c>requests --corpus DIR --queries DIR --out DIR</c>: the request files of a load run on a generated
/// corpus.</summary>
public static class RequestsCommand
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static Command Create()
    {
        var corpus = new Option<string>("--corpus")
        {
            Description = "A folder written by `generate`.",
            Required = true,
        };
        var queries = new Option<string>("--queries")
        {
            Description = "The folder of listing.graphql, session.graphql and search.graphql.",
            Required = true,
        };
        var output = new Option<string>("--out") { Description = "Where to write the request files.", Required = true };
        var cold = new Option<int>("--cold-count")
        {
            Description = "How many different requests a cold operation rotates through.",
            DefaultValueFactory = _ => 2000,
        };
        var command = new Command("requests", "Write the request bodies and URLs bench/run loads the server with.")
        {
            corpus,
            queries,
            output,
            cold,
        };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(corpus)!;
            var manifest = JsonSerializer.Deserialize<CorpusManifest>(
                File.ReadAllText(Path.Combine(folder, CorpusManifest.FileName)),
                Json
            ) ?? throw new InvalidDataException($"{folder}/{CorpusManifest.FileName} is empty.");
            var slugs = File.ReadAllLines(Path.Combine(folder, CorpusManifest.SlugsFileName));
            new LoadRequests(manifest, slugs, parse.GetValue(queries)!, Math.Max(1, parse.GetValue(cold))).WriteTo(
                parse.GetValue(output)!
            );
            return 0;
        });
        return command;
    }
}
