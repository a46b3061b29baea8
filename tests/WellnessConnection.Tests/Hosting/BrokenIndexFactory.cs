using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WellnessConnection.Storage.Reading;
using WellnessConnection.Tests.GraphQL;
using WellnessConnection.Tests.Hosting.Operations;

namespace WellnessConnection.Tests.Hosting;

/// <summary>
/// The server whose index cannot be read: every request that reads content fails with an exception no rule expects,
/// the way a database error or a bug would. Its logs are captured.
/// </summary>
public sealed class BrokenIndexFactory : ContentApiFactory
{
    /// <summary>The exception's message, which must reach the log and never a response.</summary>
    public const string Detail = "The index file at /var/secret is unreadable.";

    public LogCapture Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(logging => logging.AddProvider(Logs).AddFilter<LogCapture>(null, LogLevel.Trace));
        builder.ConfigureServices(services =>
            services.AddScoped<PublishedContent>(_ => throw new InvalidOperationException(Detail))
        );
    }
}
