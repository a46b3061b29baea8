using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using WellnessConnection.Hosting.Operations;

namespace WellnessConnection.Tests.Hosting.Operations;

public sealed class RequestLogMiddlewareTests
{
    [Fact]
    public async Task A_client_that_disconnects_is_logged_as_499_not_as_a_server_error()
    {
        var (records, middleware) = Create(_ => throw new OperationCanceledException());
        using var aborted = new CancellationTokenSource();
        await aborted.CancelAsync();
        var context = new DefaultHttpContext { RequestAborted = aborted.Token };
        context.Request.Method = "POST";
        context.Request.Path = "/graphql";

        await Assert.ThrowsAsync<OperationCanceledException>(() => middleware.InvokeAsync(context));

        var record = Assert.Single(records);
        Assert.Equal(LogLevel.Information, record.Level);
        Assert.Equal(RequestLogMiddleware.ClientClosedRequest, record.Values["StatusCode"]);
    }

    [Fact]
    public async Task A_failure_before_the_response_starts_is_logged_as_a_500_error()
    {
        var (records, middleware) = Create(_ => throw new InvalidOperationException("boom"));
        var context = new DefaultHttpContext();
        context.Request.Method = "GET";
        context.Request.Path = "/feeds/sessions.ics";

        await Assert.ThrowsAsync<InvalidOperationException>(() => middleware.InvokeAsync(context));

        var record = Assert.Single(records);
        Assert.Equal(LogLevel.Error, record.Level);
        Assert.Equal(500, record.Values["StatusCode"]);
    }

    [Theory]
    [InlineData(200, LogLevel.Debug)]
    [InlineData(304, LogLevel.Debug)]
    [InlineData(400, LogLevel.Information)]
    [InlineData(429, LogLevel.Information)]
    [InlineData(503, LogLevel.Error)]
    public async Task Successes_are_logged_at_debug_refusals_at_information_and_failures_as_errors(
        int status,
        LogLevel level
    )
    {
        var (records, middleware) = Create(context =>
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        });
        var context = new DefaultHttpContext();
        context.Request.Method = "POST";
        context.Request.Path = "/graphql";

        await middleware.InvokeAsync(context);

        var record = Assert.Single(records);
        Assert.Equal(level, record.Level);
        Assert.Equal(status, record.Values["StatusCode"]);
    }

    [Fact]
    public async Task Nothing_is_written_for_a_success_when_debug_is_off()
    {
        var capture = new LogCapture();
        var logger = new LoggerFactory(
            [capture],
            new LoggerFilterOptions { MinLevel = LogLevel.Information }
        ).CreateLogger<RequestLogMiddleware>();
        var middleware = new RequestLogMiddleware(_ => Task.CompletedTask, TimeProvider.System, logger);
        var context = new DefaultHttpContext();
        context.Request.Method = "GET";
        context.Request.Path = "/graphql";

        await middleware.InvokeAsync(context);

        Assert.Empty(capture.Records);
    }

    private static (IReadOnlyCollection<CapturedLog> Records, RequestLogMiddleware Middleware) Create(
        RequestDelegate next
    )
    {
        var capture = new LogCapture();
        var logger = new LoggerFactory([capture]).CreateLogger<RequestLogMiddleware>();
        return (capture.Records, new RequestLogMiddleware(next, TimeProvider.System, logger));
    }
}
