using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WellnessConnection.Hosting;
using WellnessConnection.Hosting.LiveContent;

namespace WellnessConnection.Tests.Hosting.LiveContent;

/// <summary>
/// A reload is recorded before its index serves: whoever is answered from the new content and then asks /readyz
/// finds the reload that published it, not the one before (<c>LiveContentTests</c> saw "startup" there, now and
/// then, right after the edit became visible).
/// </summary>
public sealed class PublicationOrderTests
{
    [Fact]
    public void When_a_new_index_starts_serving_its_reload_is_already_recorded()
    {
        var witness = new PublicationWitness();
        using var live = new WitnessedFactory(witness);
        witness.Status = live.Services.GetRequiredService<ReloadStatus>();

        live.SetFaqTitle("Questions people ask");
        var reload = live.Services.GetRequiredService<ContentPublisher>().Reload("test");

        Assert.True(reload.Succeeded, string.Join("; ", reload.Errors));
        Assert.True(reload.Changed);
        // The publisher logs the publication once the store serves the new index.
        Assert.Equal("test", Assert.Single(witness.RecordedAtPublication));
    }

    /// <summary>At each "Published content" log line, the trigger of the reload <c>/readyz</c> reports then.</summary>
    private sealed class PublicationWitness : ILoggerProvider
    {
        public ReloadStatus? Status { get; set; }

        public ConcurrentQueue<string?> RecordedAtPublication { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(this);

        public void Dispose() { }

        private sealed class Logger(PublicationWitness witness) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(
                LogLevel logLevel,
                EventId eventId,
                TState state,
                Exception? exception,
                Func<TState, Exception?, string> formatter
            )
            {
                // The start's own publication comes before the test holds the status: not witnessed.
                if (
                    witness.Status is { } status
                    && formatter(state, exception).StartsWith("Published content", StringComparison.Ordinal)
                )
                {
                    witness.RecordedAtPublication.Enqueue(status.Last?.Trigger);
                }
            }
        }
    }

    private sealed class WitnessedFactory(PublicationWitness witness) : LiveContentFactory(watch: false)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(logging => logging.AddProvider(witness));
        }
    }
}
