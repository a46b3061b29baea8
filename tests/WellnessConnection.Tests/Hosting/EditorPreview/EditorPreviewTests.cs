using System.ComponentModel.DataAnnotations;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using WellnessConnection.Hosting;
using WellnessConnection.Hosting.EditorPreview;
using WellnessConnection.Tests.GraphQL;

namespace WellnessConnection.Tests.Hosting.EditorPreview;

public sealed class EditorPreviewTests
{
    [Fact]
    public async Task The_preview_is_off_unless_enabled()
    {
        await using var server = new ContentApiFactory();
        var client = server.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/preview")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/preview/events")).StatusCode);
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await client.GetAsync("/preview/sessions/example-leadership-draft")).StatusCode
        );
    }

    [Fact]
    public void It_is_refused_in_production_unless_explicitly_allowed()
    {
        var production = new EditorPreviewOptions { Enabled = true, IsProduction = true };
        var allowed = new EditorPreviewOptions
        {
            Enabled = true,
            IsProduction = true,
            AllowInProduction = true,
        };

        Assert.Single(production.Validate(new ValidationContext(production)));
        Assert.Empty(allowed.Validate(new ValidationContext(allowed)));
    }

    [Fact]
    public async Task The_list_shows_every_document_with_drafts_marked_and_the_security_headers()
    {
        await using var server = new EditorPreviewFactory();
        var response = await server.CreateClient().GetAsync("/preview");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("href=\"/preview/sessions/example-leadership-draft\"", html, StringComparison.Ordinal);
        Assert.Contains("<em class=\"unpublished\">draft</em>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/preview/crisis-lines/988-suicide-crisis-helpline\"", html, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.True(response.Headers.CacheControl!.NoStore);
    }

    [Fact]
    public async Task A_document_page_shows_what_a_reader_sees()
    {
        await using var server = new EditorPreviewFactory();
        var client = server.CreateClient();

        var session = await client.GetStringAsync("/preview/sessions/sleep-part-1");
        var line = await client.GetStringAsync("/preview/crisis-lines/988-suicide-crisis-helpline");
        var missing = await client.GetAsync("/preview/sessions/no-such-session");

        Assert.Contains(
            "<h1>Sleep (part I) — navigating disruptions, exploring solutions</h1>",
            session,
            StringComparison.Ordinal
        );
        Assert.Contains("Tues., Dec. 5, 2023, 7 PM ET", session, StringComparison.Ordinal);
        Assert.Contains("Series: Sleep, part 1", session, StringComparison.Ordinal);
        Assert.Contains("Facilitated by: Dr. Daniela Isfan", session, StringComparison.Ordinal);
        Assert.Contains("<p>From memory consolidation", session, StringComparison.Ordinal);
        Assert.Contains("<dt>Phone</dt><dd>988</dd>", line, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task A_broken_file_shows_its_problem_with_its_line_while_the_last_good_content_is_served()
    {
        await using var server = new EditorPreviewFactory();
        var client = server.CreateClient();
        server.BreakFaq();
        var reload = server.Services.GetRequiredService<ContentPublisher>().Reload("test");

        var html = await client.GetStringAsync("/preview/pages/faq");

        Assert.False(reload.Succeeded);
        Assert.Contains("Not published: the site still shows the last good content.", html, StringComparison.Ordinal);
        Assert.Matches("<code>pages/faq.md:\\d+:\\d+</code>\\s*<strong>error WC201</strong>", html);
        Assert.Contains("<h1>Frequently asked questions</h1>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_event_stream_sends_one_event_per_load_of_the_folder()
    {
        await using var server = new EditorPreviewFactory();
        var client = server.CreateClient();
        var generation = server.Services.GetRequiredService<LatestLoad>().Current.Generation;

        using var response = await client.GetAsync(
            $"/preview/events?after={generation}",
            HttpCompletionOption.ResponseHeadersRead
        );
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        server.SetFaqTitle("FAQ, edited");
        server.Services.GetRequiredService<ContentPublisher>().Reload("test");
        var lines = new List<string>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (lines.Count < 2 && await reader.ReadLineAsync(timeout.Token) is { } line)
        {
            lines.Add(line);
        }

        Assert.Equal("text/event-stream", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("event: load", lines[0]);
        Assert.StartsWith(
            $"data: {{\"generation\":{generation + 1},\"succeeded\":true,",
            lines[1],
            StringComparison.Ordinal
        );
    }
}
