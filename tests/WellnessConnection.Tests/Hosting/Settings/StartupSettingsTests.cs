using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WellnessConnection.Hosting.Protection;
using WellnessConnection.Hosting.Settings;

namespace WellnessConnection.Tests.Hosting.Settings;

/// <summary>What the server prints when its settings are bad: every problem, one a line, and no stack trace.</summary>
public sealed class StartupSettingsTests
{
    [Fact]
    public void Every_bad_setting_is_printed_on_its_own_line()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(
                new Dictionary<string, string?>
                {
                    ["Protection:RateLimit:Burst"] = "0",
                    ["Protection:MaxAliases"] = "-1",
                }
            )
            .Build();
        var services = new ServiceCollection();
        services.AddCheckedSettings<ClientRateLimitOptions>(configuration, ClientRateLimitOptions.Section);
        services.AddCheckedSettings<ProtectionOptions>(configuration, ProtectionOptions.Section);
        using var provider = services.BuildServiceProvider();
        using var error = new StringWriter();

        Assert.False(StartupSettings.AreValid(provider, error));

        Assert.Equal(
            [
                "The server did not start: its settings have problems.",
                "  Protection:RateLimit:Burst must be between 1 and 1000000 (was 0).",
                "  Protection:MaxAliases must be between 0 and 10000 (was -1).",
            ],
            error.ToString().TrimEnd().Split(Environment.NewLine).Order().ToArray() is var lines
                ? lines
                    .OrderBy(l => l.StartsWith("  ", StringComparison.Ordinal))
                    .ThenByDescending(l => l.Contains("Burst", StringComparison.Ordinal))
                    .ToArray()
                : []
        );
    }

    [Fact]
    public void Good_settings_pass()
    {
        var services = new ServiceCollection();
        services.AddCheckedSettings<ClientRateLimitOptions>(
            new ConfigurationBuilder().Build(),
            ClientRateLimitOptions.Section
        );
        using var provider = services.BuildServiceProvider();

        Assert.True(StartupSettings.AreValid(provider, TextWriter.Null));
    }
}
