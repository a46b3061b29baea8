using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace WellnessConnection.Benchmarks.Load;

/// <summary>
/// <c>edit --url URL --file PATH --slug SLUG</c>: how long a one-file edit takes to be served. Rewrites the title of
/// one session file in place, as an editor saving or git checking out does (a temporary file beside it would be seen
/// by the watcher as a file of its own), and asks for the session over one kept-alive connection every 5 ms until
/// the new title comes back. Several edits, a quiet pause before each (the server's copy made ahead for the next
/// patch settles): one edit is one sample, and one sample on a shared machine says little.
/// Prints one line per edit, then <c>median SECONDS (MIN–MAX, N edits)</c>. Exit status 1 when an edit is not served
/// in time (no live reload?), 2 when the session cannot be read before any edit.
/// </summary>
public static partial class EditCommand
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(5);

    public static Command Create()
    {
        var url = new Option<string>("--url") { Description = "The GraphQL endpoint.", Required = true };
        var file = new Option<string>("--file") { Description = "The session's Markdown file.", Required = true };
        var slug = new Option<string>("--slug") { Description = "The session's slug.", Required = true };
        var edits = new Option<int>("--edits") { Description = "How many edits.", DefaultValueFactory = _ => 5 };
        var pause = new Option<double>("--pause")
        {
            Description = "Seconds of quiet before each edit.",
            DefaultValueFactory = _ => 2,
        };
        var timeout = new Option<double>("--timeout")
        {
            Description = "Seconds to wait for one edit to be served.",
            DefaultValueFactory = _ => 60,
        };
        var command = new Command("edit", "Time one-file edits until the API serves them.")
        {
            url,
            file,
            slug,
            edits,
            pause,
            timeout,
        };
        command.SetAction(
            async (parse, cancel) =>
                await RunAsync(
                    new Uri(parse.GetValue(url)!),
                    parse.GetValue(file)!,
                    parse.GetValue(slug)!,
                    Math.Max(1, parse.GetValue(edits)),
                    TimeSpan.FromSeconds(parse.GetValue(pause)),
                    TimeSpan.FromSeconds(parse.GetValue(timeout)),
                    cancel
                )
        );
        return command;
    }

    private static async Task<int> RunAsync(
        Uri url,
        string file,
        string slug,
        int edits,
        TimeSpan pause,
        TimeSpan timeout,
        CancellationToken cancel
    )
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var query = $$"""{"query":"{ session(slug: \"{{slug}}\") { title } }"}""";
        if (!(await TitleAsync(http, url, query, cancel)).Contains("\"title\"", StringComparison.Ordinal))
        {
            await Console.Error.WriteLineAsync($"edit: the session {slug} cannot be read at {url}");
            return 2;
        }

        var seconds = new List<double>();
        for (var edit = 1; edit <= edits; edit++)
        {
            await Task.Delay(pause, cancel);
            var title = $"Edited for the benchmark {edit} {DateTime.UtcNow.Ticks}";
            var text = TitleLine().Replace(File.ReadAllText(file), $"title: \"{title}\"", 1);
            var stopwatch = Stopwatch.StartNew();
            await File.WriteAllTextAsync(file, text, new UTF8Encoding(false), cancel);
            while (!(await TitleAsync(http, url, query, cancel)).Contains(title, StringComparison.Ordinal))
            {
                if (stopwatch.Elapsed > timeout)
                {
                    Console.WriteLine($"edit {edit}: not served after {timeout.TotalSeconds:F0} s (no live reload?)");
                    return 1;
                }

                await Task.Delay(PollInterval, cancel);
            }

            seconds.Add(stopwatch.Elapsed.TotalSeconds);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"edit {edit}: {seconds[^1]:F3} s"));
        }

        seconds.Sort();
        var median =
            seconds.Count % 2 == 1
                ? seconds[seconds.Count / 2]
                : (seconds[(seconds.Count / 2) - 1] + seconds[seconds.Count / 2]) / 2;
        Console.WriteLine(
            string.Create(
                CultureInfo.InvariantCulture,
                $"median {median:F2} ({seconds[0]:F2}–{seconds[^1]:F2}, {seconds.Count} edits)"
            )
        );
        return 0;
    }

    private static async Task<string> TitleAsync(HttpClient http, Uri url, string query, CancellationToken cancel)
    {
        using var content = new StringContent(query, Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(url, content, cancel);
        return response.IsSuccessStatusCode ? await response.Content.ReadAsStringAsync(cancel) : "";
    }

    [GeneratedRegex("^title: .*$", RegexOptions.Multiline)]
    private static partial Regex TitleLine();
}
