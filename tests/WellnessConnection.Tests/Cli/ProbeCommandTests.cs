using Microsoft.AspNetCore.Builder;
using WellnessConnection.Cli;

namespace WellnessConnection.Tests.Cli;

/// <summary>The container health check: <c>probe URL</c> parsed from the command line as the image runs it.</summary>
public sealed class ProbeCommandTests
{
    [Fact]
    public async Task A_server_that_answers_2xx_passes_and_one_that_does_not_fails()
    {
        await using var server = WebApplication.Create();
        server.Urls.Add("http://127.0.0.1:0");
        server.MapGet("/healthz", () => "Healthy");
        await server.StartAsync();
        var address = server.Urls.Single();

        Assert.Equal(0, Invoke("probe", $"{address}/healthz"));
        Assert.Equal(1, Invoke("probe", $"{address}/no-such-page"));
    }

    [Theory]
    [InlineData("not a url", 2)]
    [InlineData("ftp://127.0.0.1/", 2)]
    [InlineData("http://127.0.0.1:9/healthz", 1)]
    public void An_address_that_is_not_http_or_does_not_answer_fails(string address, int status) =>
        Assert.Equal(status, Invoke("probe", address));

    private static int Invoke(params string[] args) =>
        new System.CommandLine.RootCommand { ProbeCommand.Create() }
            .Parse(args)
            .Invoke();
}
