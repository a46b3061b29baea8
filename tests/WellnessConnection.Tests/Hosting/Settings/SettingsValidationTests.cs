using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WellnessConnection.Hosting.Caching;
using WellnessConnection.Hosting.LiveContent;
using WellnessConnection.Hosting.PersistedDocuments;
using WellnessConnection.Hosting.Preview;
using WellnessConnection.Hosting.Protection;
using WellnessConnection.Hosting.Settings;
using WellnessConnection.Storage;

namespace WellnessConnection.Tests.Hosting.Settings;

/// <summary>
/// A bad setting stops the start with a message naming it. <c>Protection__RateLimit__Burst=0</c> used to start a
/// server whose every <c>/graphql</c> request answered 500. Each settings class is checked as the server registers
/// it (<see cref="CheckedSettings"/>); <see cref="ServerStartTests"/> shows the whole server refusing to start.
/// </summary>
public sealed class SettingsValidationTests
{
    public static TheoryData<Type, string, string, string> BadValues =>
        new()
        {
            {
                typeof(ClientRateLimitOptions),
                "Protection:RateLimit:Burst",
                "0",
                "Protection:RateLimit:Burst must be between 1 and 1000000 (was 0)."
            },
            {
                typeof(ClientRateLimitOptions),
                "Protection:RateLimit:PerSecond",
                "-3",
                "Protection:RateLimit:PerSecond must be between 1 and 1000000 (was -3)."
            },
            {
                typeof(ProtectionOptions),
                "Protection:MaxDepth",
                "0",
                "Protection:MaxDepth must be between 1 and 1000 (was 0)."
            },
            {
                typeof(ProtectionOptions),
                "Protection:ExecutionTimeout",
                "01:00:00",
                "Protection:ExecutionTimeout must be between 00:00:00 and 00:10:00 (was 01:00:00)."
            },
            {
                typeof(ResponseCacheOptions),
                "Caching:MaxAgeSeconds",
                "-1",
                "Caching:MaxAgeSeconds must be between 0 and 31536000 (was -1)."
            },
            {
                typeof(LiveContentOptions),
                "LiveContent:DebounceMilliseconds",
                "-5",
                "LiveContent:DebounceMilliseconds must be between 0 and 60000 (was -5)."
            },
            {
                typeof(PersistedQueriesOptions),
                "PersistedQueries:AutomaticCacheBytes",
                "-1",
                "PersistedQueries:AutomaticCacheBytes must be between 0 and 4294967296 (was -1)."
            },
            {
                typeof(IndexOptions),
                "Index:MemoSizeLimitBytes",
                "0",
                "Index:MemoSizeLimitBytes must be between 1048576 and 1099511627776 (was 0)."
            },
            { typeof(PreviewOptions), "Preview:Token", "short", "Preview:Token must be at least 16 characters" },
            {
                typeof(LiveContentOptions),
                "LiveContent:WebhookSecret",
                "short",
                "LiveContent:WebhookSecret must be at least 16 characters"
            },
            {
                typeof(PartnerCorsOptions),
                "Protection:Cors:AllowedOrigins:0",
                "https://partner.example.org/page",
                "Protection:Cors:AllowedOrigins must hold origins"
            },
            {
                typeof(SecurityHeadersOptions),
                "Protection:SecurityHeaders:FramablePaths:0",
                "partners",
                "Protection:SecurityHeaders:FramablePaths must hold paths starting with /"
            },
            {
                typeof(PersistedQueriesOptions),
                "PersistedQueries:Directory",
                "",
                "PersistedQueries:Directory must be set"
            },
        };

    [Theory]
    [MemberData(nameof(BadValues))]
    public void A_bad_value_is_refused_with_a_message_naming_the_setting(
        Type settings,
        string setting,
        string value,
        string message
    )
    {
        var failures = Check(settings, setting, value);

        Assert.Contains(failures, f => f.StartsWith(message, StringComparison.Ordinal));
    }

    [Fact]
    public void The_defaults_pass()
    {
        var settings = BadValues.Select(row => (Type)row[0]).Distinct().ToList();

        Assert.All(settings, type => Assert.Empty(Check(type, "Unrelated:Setting", "1")));
        Assert.Equal(9, settings.Count);
    }

    private static List<string> Check(Type settings, string setting, string value)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [setting] = value })
            .Build();
        var services = new ServiceCollection();
        var section = (string)settings.GetField("Section")!.GetValue(null)!;
        typeof(CheckedSettings)
            .GetMethod(nameof(CheckedSettings.AddCheckedSettings))!
            .MakeGenericMethod(settings)
            .Invoke(null, [services, configuration, section]);
        using var provider = services.BuildServiceProvider();
        using var error = new StringWriter();
        StartupSettings.AreValid(provider, error);
        return [.. error.ToString().Split(Environment.NewLine).Skip(1).Select(l => l.Trim()).Where(l => l.Length > 0)];
    }
}
