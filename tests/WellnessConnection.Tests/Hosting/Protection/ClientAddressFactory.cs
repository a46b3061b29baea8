using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using WellnessConnection.Tests.Hosting.GraphQLHttp;

namespace WellnessConnection.Tests.Hosting.Protection;

/// <summary>The real server with every request coming from one client address, as it would over TCP.</summary>
public abstract class ClientAddressFactory : EndpointApiFactory
{
    public static readonly IPAddress ClientAddress = IPAddress.Parse("203.0.113.7");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, FromClient>());
    }

    /// <summary>Gives every request <see cref="ClientAddress"/>; also for factories that derive from another
    /// base.</summary>
    internal sealed class FromClient : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) =>
            app =>
            {
                app.Use(
                    (context, proceed) =>
                    {
                        context.Connection.RemoteIpAddress = ClientAddress;
                        return proceed(context);
                    }
                );
                next(app);
            };
    }
}
