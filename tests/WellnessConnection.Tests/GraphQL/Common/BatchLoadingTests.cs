using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using WellnessConnection.Tests.Content;

namespace WellnessConnection.Tests.GraphQL.Common;

public sealed class BatchLoadingTests
{
    private const string Listing = """
        query Listing($first: Int!) {
          sessions(first: $first) {
            totalCount
            nodes {
              title displayTime
              topics { slug name }
              facilitators { name }
              series { title parts { title } }
              body { excerpt(length: 80) }
            }
          }
        }
        """;

    [Theory]
    [InlineData(5)]
    [InlineData(50)]
    [InlineData(100)]
    public async Task A_listing_runs_the_same_few_SQL_commands_whatever_its_page_size(int pageSize)
    {
        // A fresh index each time: results read for one page size would otherwise answer the next from memory.
        using var api = new ManySessionsApi();
        using var client = api.CreateClient();
        await WarmUpAsync(client);
        api.Counter.Reset();

        var data = await client.DataAsync(Listing, new { first = pageSize });

        Assert.Equal(pageSize, data["sessions"]!["nodes"]!.AsArray().Count);
        Assert.All(data["sessions"]!["nodes"]!.AsArray(), n => Assert.NotEmpty(n!["topics"]!.AsArray()));
        // page + count + topics + facilitators + series + series parts + bodies
        Assert.Equal(7, api.Counter.Count);
    }

    [Fact]
    public async Task The_same_listing_again_reads_only_the_bodies_then_nothing_all_is_remembered_for_the_index()
    {
        using var api = new ManySessionsApi();
        using var client = api.CreateClient();
        await WarmUpAsync(client);
        var first = await client.DataAsync(Listing, new { first = 20 });
        api.Counter.Reset();

        // A variable the document does not use: the same data, but not the same request for the response cache.
        var again = await client.DataAsync(Listing, new { first = 20, nocache = 1 });
        var readAgain = api.Counter.Count;
        api.Counter.Reset();
        var third = await client.DataAsync(Listing, new { first = 20, nocache = 2 });

        Assert.Equal(first.ToJsonString(), again.ToJsonString());
        Assert.Equal(first.ToJsonString(), third.ToJsonString());
        // Bodies are read again; from the second asking on, the nodes' fields are answered as the JSON they were.
        Assert.Equal(1, readAgain);
        Assert.Equal(0, api.Counter.Count);
    }

    [Fact]
    public async Task The_first_request_on_an_index_built_from_content_reads_only_what_it_asks_for()
    {
        using var api = new ManySessionsApi();
        using var client = api.CreateClient();
        api.Counter.Reset();

        // When "now" changes what the index shows comes from the content it was built of, not from a query.
        await client.DataAsync("""{ session(slug: "sleep-part-1") { title } }""");

        Assert.Equal(1, api.Counter.Count);
    }

    // Before counting: whatever the first request on an index does once is done.
    private static Task<System.Text.Json.Nodes.JsonObject> WarmUpAsync(HttpClient client) =>
        client.DataAsync("""{ session(slug: "no-such-session") { title } }""");

    /// <summary>The API over 120 generated sessions in 6 series, each with two topics and a facilitator.</summary>
    public sealed class ManySessionsApi : ContentApiFactory
    {
        private readonly TemporaryContentFolder folder = Generate();

        public SqlCommandCounter Counter { get; } = new();

        protected override string ContentDirectory => folder.Path;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<IInterceptor>(Counter));
        }

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            folder.Dispose();
        }

        private static TemporaryContentFolder Generate()
        {
            var folder = TemporaryContentFolder.CopyOf(ContentFixtures.PathOf("valid"));
            string[] topics = ["sleep", "stress", "burnout"];
            foreach (var topic in topics)
            {
                folder.Write($"topics/{topic}.md", $"---\nname: {topic}\n---\n");
            }

            for (var s = 1; s <= 6; s++)
            {
                folder.Write($"series/series-{s}.md", $"---\ntitle: Series {s}\n---\n");
            }

            var start = new DateTime(2025, 1, 7, 19, 0, 0);
            for (var i = 1; i <= 120; i++)
            {
                var date = start.AddDays(7 * i);
                folder.Write(
                    $"sessions/{date:yyyy-MM-dd}-session-{i}.md",
                    $"""
                    ---
                    title: Session {i}
                    starts: {date.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture)}
                    facilitators: [daniela-isfan]
                    topics: [{topics[i % 3]}, self-care]
                    series: series-{(i % 6) + 1}
                    part: {(i / 6) + 1}
                    ---
                    Body of session {i}.
                    """
                );
            }

            return folder;
        }
    }
}
