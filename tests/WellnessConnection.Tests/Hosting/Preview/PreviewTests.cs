using System.Net.Http.Json;
using System.Text.Json.Nodes;
using WellnessConnection.Hosting.Preview;

namespace WellnessConnection.Tests.Hosting.Preview;

public sealed class PreviewTests(PreviewFactory factory) : IClassFixture<PreviewFactory>
{
    private const string Query = $$"""
        {
          draft: session(slug: "{{PreviewFactory.DraftSlug}}") { title }
          scheduled: session(slug: "{{PreviewFactory.ScheduledSlug}}") { title }
          upcomingSessions(first: 100) { nodes { slug } }
        }
        """;

    [Fact]
    public async Task Without_a_token_drafts_and_scheduled_sessions_are_invisible()
    {
        var (response, data) = await QueryAsync(factory, token: null);

        Assert.Null(data["draft"]);
        Assert.Null(data["scheduled"]);
        Assert.DoesNotContain(PreviewFactory.DraftSlug, Slugs(data));
        Assert.False(response.Headers.CacheControl?.NoStore ?? false);
    }

    [Fact]
    public async Task With_the_token_drafts_and_scheduled_sessions_are_visible()
    {
        var (_, data) = await QueryAsync(factory, PreviewFactory.Token);

        Assert.Equal("Example: Leading through change (draft)", data["draft"]!["title"]!.GetValue<string>());
        Assert.Equal("Example: A session announced later", data["scheduled"]!["title"]!.GetValue<string>());
        Assert.Contains(PreviewFactory.DraftSlug, Slugs(data));
        Assert.Contains(PreviewFactory.ScheduledSlug, Slugs(data));
    }

    [Fact]
    public async Task A_wrong_token_is_treated_as_no_token()
    {
        var (response, data) = await QueryAsync(factory, PreviewFactory.Token + "x");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Null(data["draft"]);
        Assert.Null(data["scheduled"]);
    }

    [Fact]
    public async Task A_preview_response_must_not_be_stored_by_any_cache()
    {
        var (response, _) = await QueryAsync(factory, PreviewFactory.Token);

        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.True(response.Headers.CacheControl?.Private);
        Assert.Contains(PreviewToken.Header, response.Headers.Vary);
    }

    [Fact]
    public async Task Every_response_varies_by_the_preview_token_once_preview_is_configured()
    {
        var (response, _) = await QueryAsync(factory, token: null);

        Assert.Contains(PreviewToken.Header, response.Headers.Vary);
        Assert.Contains("Accept", response.Headers.Vary);
    }

    [Fact]
    public async Task Without_a_configured_secret_no_token_opens_the_preview()
    {
        using var unconfigured = new PreviewFactory { PreviewSecret = null };

        var (_, data) = await QueryAsync(unconfigured, PreviewFactory.Token);

        Assert.Null(data["draft"]);
        Assert.Null(data["scheduled"]);
    }

    [Fact]
    public void The_token_check_refuses_empty_and_repeated_tokens()
    {
        Assert.True(PreviewToken.Grants("secret", "secret"));
        Assert.False(PreviewToken.Grants("secret", "Secret"));
        Assert.False(PreviewToken.Grants("secret", ""));
        Assert.False(PreviewToken.Grants("secret", new(["secret", "secret"])));
        Assert.False(PreviewToken.Grants("", ""));
        Assert.False(PreviewToken.Grants(null, "secret"));
    }

    private static async Task<(HttpResponseMessage Response, JsonObject Data)> QueryAsync(
        PreviewFactory factory,
        string? token
    )
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query = Query }),
        };
        if (token is not null)
        {
            request.Headers.Add(PreviewToken.Header, token);
        }

        var response = await factory.CreateClient().SendAsync(request);
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.True(json["errors"] is null, json["errors"]?.ToJsonString());
        return (response, json["data"]!.AsObject());
    }

    private static List<string> Slugs(JsonObject data) =>
        [.. data["upcomingSessions"]!["nodes"]!.AsArray().Select(n => n!["slug"]!.GetValue<string>())];
}
