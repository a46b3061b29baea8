using System.Diagnostics;
using System.Text.RegularExpressions;
using WellnessConnection.Formatting;
using WellnessConnection.Tests.Content;

namespace WellnessConnection.Tests.Hosting.TimeZones;

/// <summary>
/// The product's only zone rules are NodaTime's embedded tzdb: the machine's (Debian ships 2025b, without the 2026
/// Canadian changes) must change nothing. The server is started twice, as an operator starts it: once as is, once
/// with <c>TZ</c> and <c>TZDIR</c> pointing at zone data in which every Canadian zone is Tokyo's. The API's times,
/// the calendar feed and the embed page must be the same, byte for byte (apart from the feed's generation time).
/// </summary>
public sealed partial class MachineZoneDataTests
{
    private const string Reads =
        "/graphql?query=%7B%20sessions(first%3A%20100)%20%7B%20nodes%20%7B%20"
        + "slug%20startsAt%20endsAt%20displayTime%20%7D%20%7D%20%7D";

    [Fact]
    public async Task Wrong_machine_zone_data_changes_no_time_the_server_serves()
    {
        using var wrong = WrongZoneData();
        var environment = new Dictionary<string, string> { ["TZ"] = "America/Vancouver", ["TZDIR"] = wrong.Path };
        Assert.Equal("+0900", await RunAsync("date", ["+%z"], environment));

        var normal = await ServeAndReadAsync([]);
        var underWrongData = await ServeAndReadAsync(environment);

        Assert.Contains("4 PM PT", normal, StringComparison.Ordinal);
        Assert.Equal(normal, underWrongData);
    }

    /// <summary>A zoneinfo folder in which every Canadian zone, and UTC, is a copy of Asia/Tokyo.</summary>
    private static TemporaryContentFolder WrongZoneData()
    {
        var folder = TemporaryContentFolder.Empty();
        var tokyo = File.ReadAllBytes("/usr/share/zoneinfo/Asia/Tokyo");
        foreach (var zone in SessionTimeFormatter.CanadianZones.Concat(["UTC", "Etc/UTC", "America/New_York"]))
        {
            folder.Write(zone, tokyo);
        }

        return folder;
    }

    private static async Task<string> ServeAndReadAsync(Dictionary<string, string> environment)
    {
        var start = ServerProcess.StartInfo([
            new("AllowedHosts", "*"),
            .. environment.Select(e => new KeyValuePair<string, string?>(e.Key, e.Value)),
        ]);

        using var server = Process.Start(start)!;
        try
        {
            var origin = await ListeningAddressAsync(server);
            using var client = new HttpClient { BaseAddress = new Uri(origin) };
            var feed = await client.GetStringAsync("/feeds/sessions.ics");
            return string.Join(
                "\n---\n",
                await client.GetStringAsync(Reads),
                GenerationTime().Replace(feed, ""),
                await client.GetStringAsync("/embed/sessions?limit=20")
            );
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }
    }

    private static async Task<string> ListeningAddressAsync(Process server)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        while (await server.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (ListeningOn().Match(line) is { Success: true } match)
            {
                return match.Groups[1].Value;
            }
        }

        throw new InvalidOperationException(
            "The server stopped before listening: " + await server.StandardError.ReadToEndAsync()
        );
    }

    private static async Task<string> RunAsync(
        string program,
        string[] arguments,
        Dictionary<string, string> environment
    )
    {
        var start = new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return output.Trim();
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex ListeningOn();

    /// <summary>When the feed was generated (DTSTAMP) differs from one start to the next, and says nothing of
    /// zones.</summary>
    [GeneratedRegex(@"DTSTAMP:\S+\r?\n")]
    private static partial Regex GenerationTime();
}
