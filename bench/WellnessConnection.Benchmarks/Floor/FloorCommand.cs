using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace WellnessConnection.Benchmarks.Floor;

/// <summary>
/// <c>floor --port P --body FILE</c>: the least a server on this machine can do for a request, Kestrel answering every
/// request with the same bytes. Load figures are compared with it in the same run, because the machine's own speed
/// varies.
/// </summary>
public static class FloorCommand
{
    public static Command Create()
    {
        var port = new Option<int>("--port") { Description = "Port on 127.0.0.1.", Required = true };
        var body = new Option<string>("--body")
        {
            Description = "The file whose bytes every response carries.",
            Required = true,
        };
        var contentType = new Option<string>("--content-type")
        {
            Description = "The Content-Type of responses.",
            DefaultValueFactory = _ => "application/graphql-response+json; charset=utf-8",
        };
        var command = new Command("floor", "Serve fixed bytes with a minimal Kestrel endpoint.")
        {
            port,
            body,
            contentType,
        };
        command.SetAction(parse =>
            Run(parse.GetValue(port), File.ReadAllBytes(parse.GetValue(body)!), parse.GetValue(contentType)!)
        );
        return command;
    }

    private static int Run(int port, byte[] body, string contentType)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        app.Run(context =>
        {
            context.Response.ContentType = contentType;
            context.Response.ContentLength = body.Length;
            return context.Response.Body.WriteAsync(body, context.RequestAborted).AsTask();
        });
        app.Run();
        return 0;
    }
}
