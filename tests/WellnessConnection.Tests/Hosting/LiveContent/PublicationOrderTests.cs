using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WellnessConnection.Hosting;
using WellnessConnection.Hosting.LiveContent;
using WellnessConnection.Tests.Hosting.Operations;

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
        ReloadStatus? status = null;
        var recordedAtPublication = new ConcurrentQueue<string?>();
        // The publisher logs a publication once the store serves the new index. The start's own publication comes
        // before the test holds the status: not witnessed.
        var logs = new LogCapture(log =>
        {
            if (status is not null && log.Message.StartsWith("Published content", StringComparison.Ordinal))
            {
                recordedAtPublication.Enqueue(status.Last?.Trigger);
            }
        });
        using var live = new WitnessedFactory(logs);
        status = live.Services.GetRequiredService<ReloadStatus>();

        live.SetFaqTitle("Questions people ask");
        var reload = live.Services.GetRequiredService<ContentPublisher>().Reload("test");

        Assert.True(reload.Succeeded, string.Join("; ", reload.Errors));
        Assert.True(reload.Changed);
        Assert.Equal("test", Assert.Single(recordedAtPublication));
    }

    private sealed class WitnessedFactory(LogCapture logs) : LiveContentFactory(watch: false)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(logging => logging.AddProvider(logs));
        }
    }
}
