using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using WellnessConnection.Hosting.GraphQLHttp;
using WellnessConnection.Tests.Hosting.GraphQLHttp;
using WellnessConnection.Tests.Hosting.Protection;

namespace WellnessConnection.Tests.Hosting.Caching;

/// <summary>
/// The server with the trusted documents and the settings a replay test chooses, which counts the requests that
/// reach the GraphQL endpoint: a replayed answer is one that did not.
/// </summary>
public sealed class ReplayApiFactory(IEnumerable<KeyValuePair<string, string>> settings, bool fromClient = false)
    : EndpointApiFactory
{
    /// <summary>Requests that reached the GraphQL endpoint's filters.</summary>
    public ExecutionCounter Endpoint { get; } = new(int.MinValue);

    protected override IEnumerable<KeyValuePair<string, string>> Settings => settings;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            services.AddSingleton<IGraphQLHttpFilter>(Endpoint);
            if (fromClient)
            {
                services.AddSingleton<IStartupFilter, ClientAddressFactory.FromClient>();
            }
        });
    }
}
