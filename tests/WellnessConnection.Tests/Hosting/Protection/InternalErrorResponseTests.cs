using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using WellnessConnection.Hosting.Protection;

namespace WellnessConnection.Tests.Hosting.Protection;

public sealed class InternalErrorResponseTests
{
    /// <summary>
    /// A client that sends less than its Content-Length (often one that went away), on any endpoint: Kestrel's
    /// exception is answered with Kestrel's status, and not logged as a failure with its stack.
    /// </summary>
    [Fact]
    public async Task A_body_that_ends_before_its_length_is_the_clients_error_not_a_failure()
    {
        var bad = new BadHttpRequestException("Unexpected end of request content.");
        var context = Failed(bad);

        await InternalErrorResponse.WriteAsync(context);

        Assert.Equal(StatusCodes.Status400BadRequest, context.Response.StatusCode);
        Assert.Equal(InternalErrorResponse.BadRequestCode, Code(context));
        Assert.True(InternalErrorResponse.Options.SuppressDiagnosticsCallback!(Diagnostics(context, bad)));
    }

    /// <summary>
    /// The same, from a client that has gone away (wrk at the end of a run; a browser tab closed): the handler
    /// writes nothing and does not throw. Were it to throw, ASP.NET Core would log the handler's failure and the
    /// original exception, both as errors with their stacks, whatever <see cref="ExceptionHandlerOptions.
    /// SuppressDiagnosticsCallback"/> says.
    /// </summary>
    [Fact]
    public async Task A_client_that_went_away_gets_nothing_and_the_handler_does_not_throw()
    {
        using var gone = new CancellationTokenSource();
        await gone.CancelAsync();
        var context = Failed(new BadHttpRequestException("Unexpected end of request content."));
        context.RequestAborted = gone.Token;

        await InternalErrorResponse.WriteAsync(context);

        Assert.Equal(StatusCodes.Status499ClientClosedRequest, context.Response.StatusCode);
        Assert.Equal("", Body(context));
    }

    [Fact]
    public async Task A_client_that_goes_away_while_the_answer_is_written_does_not_make_the_handler_throw()
    {
        using var gone = new CancellationTokenSource();
        var context = Failed(new InvalidOperationException("failure"));
        context.RequestAborted = gone.Token;
        context.Response.Body = new GoneWhileWriting(gone);

        await InternalErrorResponse.WriteAsync(context);

        Assert.True(context.RequestAborted.IsCancellationRequested);
    }

    [Fact]
    public async Task Any_other_exception_is_a_logged_500_without_its_detail()
    {
        var failure = new InvalidOperationException("secret detail");
        var context = Failed(failure);

        await InternalErrorResponse.WriteAsync(context);

        Assert.Equal(StatusCodes.Status500InternalServerError, context.Response.StatusCode);
        Assert.Equal(InternalErrorResponse.Code, Code(context));
        Assert.DoesNotContain("secret", Body(context));
        Assert.False(InternalErrorResponse.Options.SuppressDiagnosticsCallback!(Diagnostics(context, failure)));
    }

    /// <summary>A response body whose client leaves at the first write, as Kestrel's does: the write is
    /// canceled.</summary>
    private sealed class GoneWhileWriting(CancellationTokenSource gone) : MemoryStream
    {
        public override async ValueTask WriteAsync(
            ReadOnlyMemory<byte> buffer,
            CancellationToken cancellationToken = default
        )
        {
            await gone.CancelAsync();
            cancellationToken.ThrowIfCancellationRequested();
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();
    }

    private static DefaultHttpContext Failed(Exception error)
    {
        var context = new DefaultHttpContext();
        context.Response.Body = new MemoryStream();
        context.Features.Set<IExceptionHandlerFeature>(new ExceptionHandlerFeature { Error = error, Path = "/" });
        return context;
    }

    private static ExceptionHandlerSuppressDiagnosticsContext Diagnostics(HttpContext context, Exception error) =>
        new()
        {
            HttpContext = context,
            Exception = error,
            ExceptionHandledBy = ExceptionHandledType.ExceptionHandlerDelegate,
        };

    private static string Body(HttpContext context) =>
        System.Text.Encoding.UTF8.GetString(((MemoryStream)context.Response.Body).ToArray());

    private static string? Code(HttpContext context) =>
        (string?)JsonNode.Parse(Body(context))!["errors"]![0]!["extensions"]!["code"];
}
