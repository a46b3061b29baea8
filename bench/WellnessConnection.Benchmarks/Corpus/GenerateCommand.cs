using System.CommandLine;
using System.Globalization;

namespace WellnessConnection.Benchmarks.Corpus;

/// <summary><c>generate --sessions N --seed S --out DIR</c>: a valid content folder of N sessions, the same files for
/// the same N and S.</summary>
public static class GenerateCommand
{
    public static Command Create()
    {
        var sessions = new Option<int>("--sessions")
        {
            Description = "How many sessions.",
            DefaultValueFactory = _ => 1000,
        };
        var seed = new Option<ulong>("--seed") { Description = "Random seed.", DefaultValueFactory = _ => 1 };
        var output = new Option<string>("--out")
        {
            Description = "The folder to write (created; replaced if it holds a generated corpus).",
            Required = true,
        };
        var verifiedOn = new Option<string>("--verified-on")
        {
            Description = "lastVerified of the example crisis lines (yyyy-MM-dd).",
            DefaultValueFactory = _ =>
                CorpusOptions.DefaultVerifiedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        var command = new Command("generate", "Write a realistic, valid content folder of N sessions.")
        {
            sessions,
            seed,
            output,
            verifiedOn,
        };
        command.SetAction(parse =>
        {
            var count = parse.GetValue(sessions);
            if (count < 10)
            {
                Console.Error.WriteLine("--sessions must be at least 10.");
                return 2;
            }

            var options = new CorpusOptions(
                count,
                parse.GetValue(seed),
                DateOnly.ParseExact(parse.GetValue(verifiedOn)!, "yyyy-MM-dd", CultureInfo.InvariantCulture)
            );
            var started = System.Diagnostics.Stopwatch.StartNew();
            var manifest = CorpusGenerator.Generate(options, parse.GetValue(output)!);
            Console.WriteLine(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"Wrote {manifest.Files} files "
                        + $"({string.Join(", ", manifest.Counts.Select(c => $"{c.Key} {c.Value}"))}) to "
                        + $"{parse.GetValue(output)} in {started.ElapsedMilliseconds} ms."
                )
            );
            return 0;
        });
        return command;
    }
}
