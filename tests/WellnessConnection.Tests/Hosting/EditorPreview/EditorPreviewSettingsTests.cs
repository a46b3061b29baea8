using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using WellnessConnection.Hosting.EditorPreview;
using WellnessConnection.Hosting.Settings;
using WellnessConnection.Tests.Content;

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
        var start = new ProcessStartInfo(
            "dotnet",
            [Path.Combine(AppContext.BaseDirectory, "WellnessConnection.dll"), "--urls", "http://127.0.0.1:0"]
        )
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        start.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        start.Environment.Remove("DOTNET_ENVIRONMENT");
        start.Environment["EditorPreview__Enabled"] = "true";
        start.Environment["Content__Directory"] = ContentFixtures.SampleContentDirectory;
        start.Environment["Index__InMemory"] = "true";
        start.Environment["LiveContent__Watch"] = "false";

        using var server = Process.Start(start)!;
        var error = server.StandardError.ReadToEndAsync();
        var output = server.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await server.WaitForExitAsync(timeout.Token);

        Assert.Equal(1, server.ExitCode);
        Assert.Contains(Refusal, await error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", await error + await output, StringComparison.Ordinal);
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
