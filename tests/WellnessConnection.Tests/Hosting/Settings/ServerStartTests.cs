using System.Diagnostics;
using WellnessConnection.Tests.Content;

namespace WellnessConnection.Tests.Hosting.Settings;

/// <summary>
/// The server itself, started as an operator starts it, with a bad setting: it must stop before serving, exit 1 and
/// print the setting's name, not a stack trace (it used to start and answer 500 to every <c>/graphql</c> request).
/// </summary>
public sealed class ServerStartTests
{
    [Fact]
    public async Task A_bad_setting_stops_the_server_with_exit_code_1_and_a_message_naming_it()
    {
        var start = new ProcessStartInfo(
            "dotnet",
            [Path.Combine(AppContext.BaseDirectory, "WellnessConnection.dll"), "--urls", "http://127.0.0.1:0"]
        )
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        start.Environment["Protection__RateLimit__Burst"] = "0";
        start.Environment["Caching__MaxAgeSeconds"] = "-2";
        start.Environment["Content__Directory"] = ContentFixtures.SampleContentDirectory;
        start.Environment["Index__InMemory"] = "true";
        start.Environment["LiveContent__Watch"] = "false";

        using var server = Process.Start(start)!;
        var error = server.StandardError.ReadToEndAsync();
        var output = server.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await server.WaitForExitAsync(timeout.Token);

        Assert.Equal(1, server.ExitCode);
        var printed = await error;
        Assert.Contains(
            "Protection:RateLimit:Burst must be between 1 and 1000000 (was 0).",
            printed,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "Caching:MaxAgeSeconds must be between 0 and 31536000 (was -2).",
            printed,
            StringComparison.Ordinal
        );
        Assert.DoesNotContain("   at ", printed + await output, StringComparison.Ordinal);
    }
}
