using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using WellnessConnection.Tests.GraphQL;

namespace WellnessConnection.Tests.Hosting.Operations;

/// <summary>The server over the sample content, with its logs captured.</summary>
public sealed class OperationsFactory : ContentApiFactory
{
    public LogCapture Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("LiveContent:Watch", "false");
        builder.ConfigureLogging(logging => logging.AddProvider(Logs).AddFilter<LogCapture>(null, LogLevel.Trace));
    }
}
