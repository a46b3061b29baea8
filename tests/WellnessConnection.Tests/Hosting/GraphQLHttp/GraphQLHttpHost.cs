using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using GraphQL;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using WellnessConnection.Hosting.GraphQLHttp;

namespace WellnessConnection.Tests.Hosting.GraphQLHttp;

/// <summary>A minimal app serving <see cref="TestSchema"/> at /graphql on a test server.</summary>
public sealed class GraphQLHttpHost : IAsyncLifetime
{
    private WebApplication? app;

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddGraphQL(b => b.AddSchema<TestSchema>().AddSystemTextJson());
        builder.Services.AddGraphQLHttp();
        app = builder.Build();
        app.MapGraphQLHttp();
        await app.StartAsync();
        Client = app.GetTestClient();
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }

    public Task<HttpResponseMessage> PostAsync(object body, string? accept = null) =>
        PostRawAsync(JsonSerializer.Serialize(body), "application/json", accept);

    public Task<HttpResponseMessage> PostRawAsync(string body, string? contentType, string? accept = null)
    {
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = contentType is null ? null : MediaTypeHeaderValue.Parse(contentType);
        return SendAsync(new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content }, accept);
    }

    public Task<HttpResponseMessage> GetAsync(string queryString, string? accept = null) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Get, "/graphql?" + queryString), accept);

    public async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, string? accept = null)
    {
        using (request)
        {
            if (accept is not null)
            {
                request.Headers.TryAddWithoutValidation("Accept", accept);
            }

            return await Client.SendAsync(request);
        }
    }

    /// <summary>Builds a GET query string the way browsers and clients do (URLSearchParams).</summary>
    public static string Query(params (string Name, string Value)[] parameters) =>
        string.Join('&', parameters.Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value)}"));
}
