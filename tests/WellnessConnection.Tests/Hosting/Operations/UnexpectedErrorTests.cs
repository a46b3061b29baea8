using Microsoft.Extensions.Logging;
using WellnessConnection.Tests.GraphQL;

namespace WellnessConnection.Tests.Hosting.Operations;

/// <summary>
/// An error no rule expected (the database's, a bug) used to reach the client as a coded error and nobody else:
/// the <c>SQLITE</c> errors of large filters were in no log. Every unexpected error is logged at Error level with
/// its exception and the operation it broke.
/// </summary>
public sealed class UnexpectedErrorTests
{
    [Fact]
    public async Task An_unexpected_error_in_a_resolver_is_logged_at_error_level_with_the_operation()
    {
        await using var server = new BrokenIndexFactory();

        var response = await server.CreateClient().QueryAsync("query Broken { contentVersion }");

        Assert.NotNull(response["errors"]);
        var logged = Assert.Single(server.Logs.Records, r =>
            r.Level == LogLevel.Error && r.Message.StartsWith("Unexpected error", StringComparison.Ordinal)
        );
        Assert.Equal("Broken", logged.Values["Operation"]);
        Assert.Equal("contentVersion", logged.Values["Path"]);
    }
}
