using System.Net;
using System.Text.Json.Nodes;
using WellnessConnection.Hosting.Operations;
using WellnessConnection.Tests.Content;
using WellnessConnection.Tests.GraphQL;
using WellnessConnection.Tests.Hosting.LiveContent;

namespace WellnessConnection.Tests.Hosting.Operations;

public sealed class OperationsTests(OperationsFactory factory) : IClassFixture<OperationsFactory>
{
    [Fact]
    public async Task Healthz_answers_200_while_the_process_is_alive()
    {
        using var response = await factory.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Readyz_shows_the_content_version_in_service_its_document_counts_and_the_last_reload()
    {
        var client = factory.CreateClient();
        var version = (await client.DataAsync("{ contentVersion }"))["contentVersion"]!.GetValue<string>();

        using var response = await client.GetAsync("/readyz");
        var ready = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.Equal("Healthy", ready["status"]!.GetValue<string>());
        Assert.Equal(version, ready["content"]!["version"]!.GetValue<string>());
        // Published sessions only: /readyz is public, and a draft never shows, not even as a count.
        var published = (await client.DataAsync("{ sessions(first: 1) { totalCount } }"))["sessions"]![
            "totalCount"
        ]!.GetValue<int>();
        Assert.Equal(published, ready["content"]!["documents"]!["sessions"]!.GetValue<int>());
        Assert.True(ready["content"]!["documents"]!["topics"]!.GetValue<int>() > 0);
        // The rules every displayed and written time comes from, so an operator can tell which law the server knows.
        Assert.Equal(NodaTime.DateTimeZoneProviders.Tzdb.VersionId, ready["timeZoneDatabase"]!.GetValue<string>());
        Assert.StartsWith("TZDB: 2026", ready["timeZoneDatabase"]!.GetValue<string>(), StringComparison.Ordinal);
        var lastReload = ready["lastReload"]!;
        Assert.Equal("startup", lastReload["trigger"]!.GetValue<string>());
        Assert.True(lastReload["succeeded"]!.GetValue<bool>());
        Assert.Equal(version, lastReload["version"]!.GetValue<string>());
        Assert.Equal("Healthy", ready["checks"]!["content"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Each_request_is_logged_with_its_operation_name_status_and_duration()
    {
        var client = factory.CreateClient();

        using var response = await client.GetAsync(
            "/graphql?query=query%20Version%20%7B%20contentVersion%20%7D&operationName=Version"
        );

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // The test server can hand the response over before the middleware's last line has run.
        var record = await Polling.UntilAsync(
            () =>
                Task.FromResult(
                    factory.Logs.Records.SingleOrDefault(r =>
                        IsRequestLog(r) && Equals(r.Values.GetValueOrDefault("OperationName"), "Version")
                    )
                ),
            r => r is not null
        );
        Assert.Equal("GET", record!.Values["Method"]);
        Assert.Equal("/graphql", record.Values["Path"]);
        Assert.Equal(200, record.Values["StatusCode"]);
        Assert.IsType<double>(record.Values["ElapsedMilliseconds"]);
        Assert.DoesNotContain("query=", record.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Probes_are_logged_at_debug_level_only()
    {
        using var response = await factory.CreateClient().GetAsync("/healthz");

        var records = await Polling.UntilAsync(
            () =>
                Task.FromResult(
                    factory
                        .Logs.Records.Where(r =>
                            IsRequestLog(r) && Equals(r.Values.GetValueOrDefault("Path"), "/healthz")
                        )
                        .ToList()
                ),
            r => r.Count > 0
        );
        Assert.All(records, r => Assert.Equal(Microsoft.Extensions.Logging.LogLevel.Debug, r.Level));
    }

    private static bool IsRequestLog(CapturedLog record) => record.Category == typeof(RequestLogMiddleware).FullName;
}
