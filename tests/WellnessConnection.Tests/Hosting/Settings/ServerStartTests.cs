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
        var (exitCode, printed, output) = await ServerProcess.RunToExitAsync([
            new("Protection__RateLimit__Burst", "0"),
            new("Caching__MaxAgeSeconds", "-2"),
        ]);

        Assert.Equal(1, exitCode);
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
        Assert.DoesNotContain("   at ", printed + output, StringComparison.Ordinal);
    }
}
