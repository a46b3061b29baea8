using System.Diagnostics;
using WellnessConnection.Tests.Content;

namespace WellnessConnection.Tests.Hosting;

/// <summary>
/// The server as an operator starts it: its own program in a process of its own, on the sample content, indexed in
/// memory, without a watcher, on a free port, with the tests' environment variables on top (null removes one).
/// </summary>
public static class ServerProcess
{
    public static ProcessStartInfo StartInfo(IEnumerable<KeyValuePair<string, string?>> environment)
    {
        var start = new ProcessStartInfo(
            "dotnet",
            [Path.Combine(AppContext.BaseDirectory, "WellnessConnection.dll"), "--urls", "http://127.0.0.1:0"]
        )
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        start.Environment["Content__Directory"] = ContentFixtures.SampleContentDirectory;
        start.Environment["Index__InMemory"] = "true";
        start.Environment["LiveContent__Watch"] = "false";
        foreach (var (name, value) in environment)
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        return start;
    }

    /// <summary>Starts a server that is expected to stop by itself (a refused start), and waits for it: at most a
    /// minute.</summary>
    public static async Task<(int ExitCode, string Error, string Output)> RunToExitAsync(
        IEnumerable<KeyValuePair<string, string?>> environment
    )
    {
        using var server = Process.Start(StartInfo(environment))!;
        var error = server.StandardError.ReadToEndAsync();
        var output = server.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await server.WaitForExitAsync(timeout.Token);
        return (server.ExitCode, await error, await output);
    }
}
