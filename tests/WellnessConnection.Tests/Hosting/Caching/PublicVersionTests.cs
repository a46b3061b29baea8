using WellnessConnection.Tests.Feeds;
using WellnessConnection.Tests.GraphQL;
using WellnessConnection.Tests.Hosting.LiveContent;

namespace WellnessConnection.Tests.Hosting.Caching;

/// <summary>
/// Public responses depend on public content only: editing a draft must move no public version, ETag or count,
/// or anyone polling an ETag learns that unpublished work changed. A scheduled session moves the version when it
/// goes live, by the clock alone.
/// </summary>
public sealed class PublicVersionTests
{
    private const string Draft = "sessions/2027-03-09-example-leadership-draft.md";
    private const string Published = "pages/faq.md";
    private const string TopicsUrl = "/graphql?query=%7B%20topics%20%7B%20nodes%20%7B%20slug%20%7D%20%7D%20%7D";

    [Fact]
    public async Task Editing_only_a_draft_moves_no_public_version_etag_or_count()
    {
        await using var server = new EditedContentFactory();
        var client = server.CreateClient();
        var before = await PublicStateAsync(client);

        server.Edit(Draft, "Leading through change (draft)", "Leading through change, rewritten (draft)");

        Assert.Equal(before, await PublicStateAsync(client));
    }

    [Fact]
    public async Task Editing_a_published_document_moves_the_public_version()
    {
        await using var server = new EditedContentFactory();
        var client = server.CreateClient();
        var before = await PublicStateAsync(client);

        server.Edit(Published, "title: ", "title: Edited ");

        var after = await PublicStateAsync(client);
        Assert.NotEqual(before.Version, after.Version);
        Assert.NotEqual(before.FeedETag, after.FeedETag);
    }

    [Fact]
    public async Task Readyz_counts_published_documents_only()
    {
        await using var server = new EditedContentFactory();
        var client = server.CreateClient();
        var data = await client.DataAsync("{ sessions(first: 1) { totalCount } }");

        var ready = await client.ReadyAsync();

        Assert.Equal((int)data["sessions"]!["totalCount"]!, (int)ready["content"]!["documents"]!["sessions"]!);
    }

    [Fact]
    public async Task A_scheduled_session_going_live_moves_the_public_version_by_the_clock_alone()
    {
        await using var server = new ScheduledWithCachingFactory();
        var client = server.CreateClient();
        var before = await PublicStateAsync(client);

        server.Clock.SetUtcNow(ScheduledApiFactory.PublishAt);
        var after = await PublicStateAsync(client);

        Assert.NotEqual(before.Version, after.Version);
        Assert.NotEqual(before.FeedETag, after.FeedETag);
        Assert.Equal(after.Version, (await client.ReadyAsync())["content"]!["version"]!.GetValue<string>());
    }

    private static async Task<PublicState> PublicStateAsync(HttpClient client)
    {
        var version = (await client.DataAsync("{ contentVersion }"))["contentVersion"]!.GetValue<string>();
        using var topics = await client.GetAsync(TopicsUrl);
        using var feed = await client.GetAsync("/feeds/sessions.ics");
        var ready = await client.ReadyAsync();
        return new PublicState(
            version,
            topics.Headers.ETag!.Tag,
            feed.Headers.ETag!.Tag,
            ready["content"]!["version"]!.GetValue<string>(),
            ready["content"]!["documents"]!.ToJsonString()
        );
    }

    private sealed record PublicState(
        string Version,
        string QueryETag,
        string FeedETag,
        string ReadyVersion,
        string ReadyCounts
    );

    /// <summary>The scheduled fixture with HTTP caching on (<see cref="ScheduledApiFactory"/> turns it off), for its
    /// ETags.</summary>
    private sealed class ScheduledWithCachingFactory : ContentApiFactory
    {
        protected override string ContentDirectory => ApiFixture("scheduled");
    }
}
