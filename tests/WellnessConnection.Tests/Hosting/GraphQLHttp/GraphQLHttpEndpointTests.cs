using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using WellnessConnection.Hosting.GraphQLHttp;

namespace WellnessConnection.Tests.Hosting.GraphQLHttp;

public sealed class GraphQLHttpEndpointTests
{
    [Fact]
    public async Task Mapping_the_endpoint_without_registering_it_fails_at_startup()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        await using var app = builder.Build();

        var error = Assert.Throws<InvalidOperationException>(() => app.MapGraphQLHttp());

        Assert.Contains("AddGraphQLHttp", error.Message, StringComparison.Ordinal);
    }
}
