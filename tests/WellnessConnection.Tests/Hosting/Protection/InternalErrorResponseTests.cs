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
