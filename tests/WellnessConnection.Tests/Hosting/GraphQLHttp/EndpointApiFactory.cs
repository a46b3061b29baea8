using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using WellnessConnection.Hosting.GraphQLHttp;
using WellnessConnection.Tests.Content;
using WellnessConnection.Tests.GraphQL;

namespace WellnessConnection.Tests.Hosting.GraphQLHttp;

/// <summary>
/// The real server, with the repository's trusted documents, settings of the subclass's choice, and a filter that
/// counts the requests that reach execution (so a test can tell a cached answer from a fresh one).
/// </summary>
public class EndpointApiFactory : ContentApiFactory
{
    private HttpClient? client;

    public ExecutionCounter Executions { get; } = new();

    public HttpClient Client => client ??= CreateClient();

    public static string PersistedDirectory =>
        Path.Combine(Path.GetDirectoryName(ContentFixtures.SampleContentDirectory)!, "persisted");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("PersistedQueries:Directory", PersistedDirectory);

        builder.ConfigureServices(services => services.AddSingleton<IGraphQLHttpFilter>(Executions));
    }

    public async Task<HttpResponseMessage> PostAsync(
        object body,
        string? accept = null,
        params (string Name, string Value)[] headers
    )
    {
        var content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return await SendAsync(
            new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content },
            accept,
            headers
        );
    }

    public Task<HttpResponseMessage> GetAsync(
        string queryString,
        string? accept = null,
        params (string Name, string Value)[] headers
    ) => SendAsync(new HttpRequestMessage(HttpMethod.Get, "/graphql?" + queryString), accept, headers);

    public async Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request,
        string? accept = null,
        params (string Name, string Value)[] headers
    )
    {
        using (request)
        {
            if (accept is not null)
            {
                request.Headers.TryAddWithoutValidation("Accept", accept);
            }

            foreach (var (name, value) in headers)
            {
                request.Headers.TryAddWithoutValidation(name, value);
            }

            return await Client.SendAsync(request);
        }
    }

    /// <summary>
    /// Counts the requests that reach it among the endpoint's filters: by default inside every other filter, so it
    /// sees only the requests that are executed; at <see cref="int.MinValue"/>, every request the endpoint reads.
    /// </summary>
    public sealed class ExecutionCounter(int order = int.MaxValue) : IGraphQLHttpFilter
    {
        private int count;

        public int Count => Volatile.Read(ref count);

        public int Order => order;

        public ValueTask<GraphQLHttpResult> InvokeAsync(GraphQLHttpExecution execution, GraphQLHttpContinuation proceed)
        {
            Interlocked.Increment(ref count);
            return proceed(execution);
        }
    }
}
