using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using WellnessConnection.Hosting.GraphQLHttp;
using WellnessConnection.Tests.Hosting.GraphQLHttp;
using static WellnessConnection.Tests.Hosting.GraphQLHttp.GraphQLResponseAssert;

namespace WellnessConnection.Tests.Hosting.Protection;

public sealed class ExecutionTimeoutTests(ExecutionTimeoutTests.SlowFactory factory)
    : IClassFixture<ExecutionTimeoutTests.SlowFactory>
{
    [Fact]
    public async Task A_query_slower_than_the_timeout_is_stopped_with_a_timeout_error()
    {
        _ = factory.Client; // the server is started: its start is not the request's time
        var started = Stopwatch.StartNew();
        using var response = await factory.PostAsync(
            new { query = "{ sessions { nodes { title } } }" },
            "application/graphql-response+json"
        );

        var error = await SingleErrorAsync(
            response,
            HttpStatusCode.BadRequest,
            "TIMEOUT",
            "application/graphql-response+json"
        );
        Assert.Contains("took longer than 0.2 s", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.InRange(started.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(5));
        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
    }

    /// <summary>Execution that honours its cancellation token and never finishes by itself: the slowest query there
    /// is.</summary>
    public sealed class SlowFactory : EndpointApiFactory
    {
        protected override IEnumerable<KeyValuePair<string, string>> Settings =>
            [new("Protection:ExecutionTimeout", "00:00:00.2")];

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<IGraphQLHttpFilter, Stalling>());
        }
    }

    private sealed class Stalling : IGraphQLHttpFilter
    {
        public int Order => GraphQLHttpFilterOrder.ExecutionTimeout + 1;

        public async ValueTask<GraphQLHttpResult> InvokeAsync(
            GraphQLHttpExecution execution,
            GraphQLHttpContinuation proceed
        )
        {
            await Task.Delay(Timeout.Infinite, execution.CancellationToken);
            return await proceed(execution);
        }
    }
}
