using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using WellnessConnection.Hosting.EditorPreview;
using WellnessConnection.Hosting.Settings;

namespace WellnessConnection.Tests.Hosting.EditorPreview;

/// <summary>The preview is off by default, and in the Production environment it is refused unless forced.</summary>
public sealed class EditorPreviewSettingsTests
{
    private const string Refusal = "EditorPreview:Enabled is refused in the Production environment";

    [Theory]
    [InlineData("Production", null, null, false)]
    [InlineData("Production", "false", null, false)]
    [InlineData("Production", "true", null, true)]
    [InlineData("Production", "true", "true", false)]
    [InlineData("Development", "true", null, false)]
    [InlineData("Staging", "true", null, false)]
    public void Enabling_it_in_production_is_refused_unless_forced(
        string environment,
        string? enabled,
        string? allowInProduction,
        bool refused
    )
    {
        var failures = Check(environment, enabled, allowInProduction);

        Assert.Equal(refused, failures.Any(f => f.StartsWith(Refusal, StringComparison.Ordinal)));
        Assert.Equal(refused ? 1 : 0, failures.Count);
    }

    [Fact]
    public void It_is_off_by_default()
    {
        Assert.False(new EditorPreviewOptions().Enabled);
        Assert.False(new EditorPreviewOptions().AllowInProduction);
    }

    [Fact]
    public async Task A_server_started_as_an_operator_does_with_it_on_stops_with_exit_code_1_and_says_why()
    {
        var (exitCode, error, output) = await ServerProcess.RunToExitAsync([
            new("ASPNETCORE_ENVIRONMENT", null),
            new("DOTNET_ENVIRONMENT", null),
            new("EditorPreview__Enabled", "true"),
        ]);

        Assert.Equal(1, exitCode);
        Assert.Contains(Refusal, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error + output, StringComparison.Ordinal);
    }

    private static List<string> Check(string environment, string? enabled, string? allowInProduction)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(
                new Dictionary<string, string?>
                {
                    ["EditorPreview:Enabled"] = enabled,
                    ["EditorPreview:AllowInProduction"] = allowInProduction,
                }
            )
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = environment });
        services.AddEditorPreview(configuration);
        using var provider = services.BuildServiceProvider();
        using var error = new StringWriter();
        StartupSettings.AreValid(provider, error);
        return [.. error.ToString().Split(Environment.NewLine).Skip(1).Select(l => l.Trim()).Where(l => l.Length > 0)];
    }
}
