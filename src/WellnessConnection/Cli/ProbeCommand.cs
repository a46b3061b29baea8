using System.CommandLine;

namespace WellnessConnection.Cli;

/// <summary>
/// <c>probe URL</c>: exits 0 when the URL answers 2xx within five seconds, 1 otherwise. For container health checks:
/// the runtime image has no curl.
/// </summary>
public static class ProbeCommand
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public static Command Create()
    {
        // System.CommandLine does not parse a Uri: the text is checked here.
        var url = new Argument<string>("url")
        {
            Description = "The address to ask, e.g. http://127.0.0.1:8080/healthz.",
        };
        var command = new Command("probe", "Exit 0 when the address answers 2xx, 1 otherwise.") { url };
        command.SetAction(parse => Run(parse.GetValue(url)!, Console.Error));
        return command;
    }

    public static int Run(string address, TextWriter error)
    {
        if (!Uri.TryCreate(address, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            error.WriteLine($"\"{address}\" is not an http or https address.");
            return 2;
        }

        using var client = new HttpClient { Timeout = Timeout };
        try
        {
            using var response = client.GetAsync(url).GetAwaiter().GetResult();
            if (response.IsSuccessStatusCode)
            {
                return 0;
            }

            error.WriteLine($"{url} answered {(int)response.StatusCode}.");
            return 1;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            error.WriteLine($"{url} did not answer: {exception.Message}");
            return 1;
        }
    }
}
