using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using WellnessConnection.Hosting.Operations.Telemetry;
using WellnessConnection.Hosting.Protection;

namespace WellnessConnection.Tests.Hosting.Operations;

/// <summary>
/// A request that fails with an exception shows in <c>/metrics</c> with the exception's type, on the request
/// duration and on the exception handler's count, with only the ASP.NET Core meters the app keeps (no OpenTelemetry
/// start-up filter adds the type).
/// </summary>
public sealed class FailedRequestMetricsTests
{
    private const string ErrorType = "error_type=\"System.InvalidOperationException\"";

    [Fact]
    public async Task A_failed_request_is_counted_with_its_exception_type()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddTelemetry(builder.Configuration);
        await using var app = builder.Build();
        app.UseExceptionHandler(InternalErrorResponse.Options);
        app.MapGet("/fails", string () => throw new InvalidOperationException("on purpose"));
        app.MapMetrics();
        await app.StartAsync();
        using var client = app.GetTestClient();

        using var failed = await client.GetAsync("/fails");
        var lines = await ScrapeUntilAsync(client, text => text.Contains(ErrorType, StringComparison.Ordinal));

        Assert.Equal(500, (int)failed.StatusCode);
        Assert.Contains(lines, line =>
            line.StartsWith("http_server_request_duration_seconds_count{", StringComparison.Ordinal)
            && line.Contains(ErrorType, StringComparison.Ordinal)
            && line.Contains("http_response_status_code=\"500\"", StringComparison.Ordinal)
            && line.Contains("http_route=\"/fails\"", StringComparison.Ordinal)
        );
        Assert.Contains(lines, line =>
            line.StartsWith("aspnetcore_diagnostics_exceptions_total{", StringComparison.Ordinal)
            && line.Contains(ErrorType, StringComparison.Ordinal)
        );
    }

    /// <summary>The request's duration is recorded once the server has finished with it, which may come after the
    /// client has the response; and the exporter keeps a scrape for 300 ms.</summary>
    private static async Task<string[]> ScrapeUntilAsync(HttpClient client, Func<string, bool> done)
    {
        var text = "";
        for (var attempt = 0; attempt < 30 && !done(text); attempt++)
        {
            if (attempt > 0)
            {
                await Task.Delay(100);
            }

            text = await client.GetStringAsync(TelemetryServices.ScrapePath);
        }

        return text.Split('\n');
    }
}
