using System.Net;
using WellnessConnection.Tests.GraphQL;

namespace WellnessConnection.Tests.Hosting.Operations;

/// <summary>
/// An orchestrator probes a replica, and Prometheus scrapes it, by the replica's own address (<c>Host:
/// 10.244.1.7:8080</c>), which <c>AllowedHosts</c> cannot list; every other path still refuses an unknown host.
/// </summary>
public sealed class OperationsHostFilteringTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    private const string PodAddress = "10.244.1.7:8080";

    [Theory]
    [InlineData("/healthz")]
    [InlineData("/readyz")]
    [InlineData("/HEALTHZ")]
    public async Task Probes_answer_whatever_the_host(string path) =>
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(path, PodAddress)).StatusCode);

    [Theory]
    [InlineData("/graphql?query={__typename}")]
    [InlineData("/healthz/../graphql?query={__typename}")]
    [InlineData("/feeds/sessions.ics")]
    [InlineData("/readyz2")]
    public async Task Every_other_path_refuses_an_unknown_host(string path) =>
        Assert.Equal(HttpStatusCode.BadRequest, (await GetAsync(path, PodAddress)).StatusCode);

    [Fact]
    public async Task A_listed_host_is_served() =>
        Assert.Equal(HttpStatusCode.OK, (await GetAsync("/graphql?query={__typename}", "localhost")).StatusCode);

    private async Task<HttpResponseMessage> GetAsync(string path, string host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Host = host;
        return await factory.CreateClient().SendAsync(request);
    }
}
