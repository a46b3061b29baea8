using System.Net.ServerSentEvents;
using System.Text.Json.Nodes;
using WellnessConnection.Hosting.LiveContent;

namespace WellnessConnection.Tests.Hosting.EditorPreview;

/// <summary>
/// <c>/preview/events</c>: the latest load's report when the stream opens, then exactly one event after each reload
/// attempt, successful or refused. Events are counted, not timed: each read waits for the next event (the token only
/// keeps a broken server from hanging the run).
/// </summary>
public sealed class EditorPreviewEventTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task The_stream_sends_the_current_report_then_one_event_per_reload()
    {
        using var factory = new EditorPreviewFactory();
        using var patience = new CancellationTokenSource(Patience);
        var client = factory.CreateClient();
        using var response = await client.GetAsync(
            "/preview/events",
            HttpCompletionOption.ResponseHeadersRead,
            patience.Token
        );
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        await using var stream = await response.Content.ReadAsStreamAsync(patience.Token);
        await using var events = SseParser.Create(stream).EnumerateAsync(patience.Token).GetAsyncEnumerator();

        var opening = await NextAsync(events);
        factory.SetSessionTitle("title: \"Example: Sleep (part II) — renamed\"");
        var published = await factory.ReloadAsync();
        var afterEdit = await NextAsync(events);
        factory.SetSessionTitle("title: \"Example: Sleep (part II) — never closed");
        var refused = await factory.ReloadAsync();
        var afterBreak = await NextAsync(events);
        var unchanged = await factory.ReloadAsync();
        var afterUnchanged = await NextAsync(events);

        var reports = factory.Services.GetService(typeof(LoadReports)) as LoadReports;
        Assert.Equal(4, reports!.Latest!.Sequence);
        Assert.Equal([1L, 2L, 3L, 4L], new[] { opening, afterEdit, afterBreak, afterUnchanged }.Select(Sequence));
        Assert.Equal("startup", opening["trigger"]!.GetValue<string>());

        Assert.True(published.Succeeded);
        Assert.True(afterEdit["succeeded"]!.GetValue<bool>());
        Assert.True(afterEdit["changed"]!.GetValue<bool>());
        Assert.NotEqual(Version(opening), Version(afterEdit));

        Assert.False(refused.Succeeded);
        Assert.False(afterBreak["succeeded"]!.GetValue<bool>());
        Assert.Equal(1, afterBreak["errors"]!.GetValue<int>());
        Assert.Equal(Version(afterEdit), Version(afterBreak)); // the last good content stays in service

        Assert.False(unchanged.Succeeded);
        Assert.Equal(reports.Latest.Id, afterUnchanged["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Each_event_is_named_reload_and_carries_the_report_id_as_its_event_id()
    {
        using var factory = new EditorPreviewFactory();
        using var patience = new CancellationTokenSource(Patience);
        await using var stream = await factory.CreateClient().GetStreamAsync("/preview/events", patience.Token);
        await using var events = SseParser.Create(stream).EnumerateAsync(patience.Token).GetAsyncEnumerator();

        Assert.True(await events.MoveNextAsync());

        var item = events.Current;
        Assert.Equal("reload", item.EventType);
        Assert.Equal(JsonNode.Parse(item.Data)!["id"]!.GetValue<string>(), item.EventId);
        Assert.EndsWith("-1", item.EventId, StringComparison.Ordinal);
    }

    private static async Task<JsonObject> NextAsync(IAsyncEnumerator<SseItem<string>> events)
    {
        Assert.True(await events.MoveNextAsync(), "the stream ended");
        return JsonNode.Parse(events.Current.Data)!.AsObject();
    }

    private static long Sequence(JsonObject data) => data["sequence"]!.GetValue<long>();

    private static string Version(JsonObject data) => data["version"]!.GetValue<string>();
}
