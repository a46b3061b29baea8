using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WellnessConnection.GraphQL;
using WellnessConnection.Hosting.GraphQLHttp;
using WellnessConnection.Tests.Hosting.Operations;

namespace WellnessConnection.Tests.Hosting.GraphQLHttp;

public sealed class SchemaWarmUpTests
{
    [Fact]
    public async Task The_warm_up_builds_the_schema()
    {
        var logs = new LogCapture();
        await using var services = new ServiceCollection()
            .AddLogging(logging => logging.AddProvider(logs))
            .AddContentGraphQL()
            .BuildServiceProvider();
        var schema = services.GetRequiredService<ISchema>();
        Assert.False(schema.Initialized);

        await SchemaWarmUp.Begin(services);

        Assert.True(schema.Initialized);
        Assert.DoesNotContain(logs.Records, r => r.Level >= LogLevel.Warning);
    }

    [Fact]
    public async Task A_schema_that_cannot_be_built_is_logged_and_still_fails_its_requests()
    {
        var logs = new LogCapture();
        await using var services = new ServiceCollection()
            .AddLogging(logging => logging.AddProvider(logs))
            .AddSingleton<ISchema>(provider => new Schema(provider)) // no Query type: not a valid schema
            .BuildServiceProvider();

        await SchemaWarmUp.Begin(services);

        var error = Assert.Single(logs.Records, r => r.Level == LogLevel.Error);
        Assert.Equal("The GraphQL schema could not be built.", error.Message);
        Assert.ThrowsAny<Exception>(services.GetRequiredService<ISchema>().Initialize);
    }
}
