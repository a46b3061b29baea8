using System.Net.Http.Json;
using WellnessConnection.Storage.Entities;
using WellnessConnection.Storage.Reading;
using WellnessConnection.Tests.GraphQL;

namespace WellnessConnection.Tests.Hosting.Caching;

/// <summary>
/// Each response names the documents it shows, so that a CDN purges only what an edit changed: a document's own
/// key, the list key of each kind it lists (or missed), <c>search</c> for ranked results, <c>content</c> always.
/// </summary>
public sealed class SurrogateKeyTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    [Fact]
    public async Task A_document_page_names_its_document_and_the_documents_it_shows_and_no_list()
    {
        var keys = await KeysAsync(
            $"{{ session(slug: \"{SessionSlug}\") {{ title facilitators {{ name }} series {{ title }} }} }}"
        );

        Assert.Equal("content", keys[0]);
        Assert.Contains($"session:{SessionSlug}", keys);
        Assert.Contains(keys, k => k.StartsWith("facilitator:", StringComparison.Ordinal));
        Assert.Contains("series:sleep", keys);
        Assert.Contains("facilitator-list", keys); // the session's facilitators, a list
        Assert.DoesNotContain("session-list", keys);
        Assert.DoesNotContain("search", keys);
    }

    [Theory]
    [InlineData("{ sessions(first: 3) { nodes { slug } } }")]
    [InlineData("{ sessions(first: 3) { edges { node { slug } } } }")]
    [InlineData("{ sessions(first: 0) { totalCount } }")]
    public async Task A_list_names_its_kind_and_each_document_it_shows(string query)
    {
        var keys = await KeysAsync(query);

        Assert.Contains("session-list", keys);
        Assert.Equal(
            query.Contains("first: 0", StringComparison.Ordinal) ? 0 : 3,
            keys.Count(k => k.StartsWith("session:", StringComparison.Ordinal))
        );
    }

    [Theory]
    [InlineData("{ page(slug: \"not-written-yet\") { title } }", "page-list")]
    [InlineData("{ node(id: \"U2Vzc2lvbjpub3QteWV0OmVu\") { id } }", "crisis-line-list")]
    public async Task A_document_that_is_not_there_names_the_list_it_would_join(string query, string key) =>
        Assert.Contains(key, await KeysAsync(query));

    [Fact]
    public async Task Search_results_name_search_and_each_hit()
    {
        var keys = await KeysAsync("{ searchResults(query: \"sleep\", first: 5) { nodes { node { __typename } } } }");

        Assert.Contains("search", keys);
        Assert.Contains($"session:{SessionSlug}", keys);
    }

    [Fact]
    public async Task A_kept_response_is_sent_again_with_its_keys_and_both_headers_agree()
    {
        using var client = factory.CreateClient();
        var url = $"/graphql?query={Uri.EscapeDataString($"{{ session(slug: \"{SessionSlug}\") {{ title }} }}")}";

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 3; i++)
        {
            answers.Add(await client.GetAsync(url));
        }

        var first = answers[0].Headers.GetValues("Surrogate-Key").Single();
        Assert.All(answers, a => Assert.Equal(first, a.Headers.GetValues("Surrogate-Key").Single()));
        Assert.Equal(first.Replace(' ', ','), answers[2].Headers.GetValues("Cache-Tag").Single());
        Assert.Contains($"session:{SessionSlug}", first.Split(' '));
    }

    [Fact]
    public async Task A_feed_names_its_sessions_and_what_it_shows_of_them()
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync("/feeds/sessions.ics");

        var keys = response.Headers.GetValues("Surrogate-Key").Single().Split(' ');
        Assert.Contains("session-list", keys);
        Assert.Contains($"session:{SessionSlug}", keys);
        Assert.Contains(keys, k => k.StartsWith("topic:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_response_that_reads_no_content_has_no_keys()
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync("/healthz");

        Assert.False(response.Headers.Contains("Surrogate-Key"));
        Assert.False(response.Headers.Contains("Cache-Tag"));
    }

    [Fact]
    public void The_keys_come_in_one_order_whatever_order_they_were_recorded_in()
    {
        var served = new ServedDocuments();
        foreach (var slug in (string[])["zeta", "alpha", "mu", "beta"])
        {
            served.Record(
                new TopicEntity
                {
                    Slug = slug,
                    Name = "Topic",
                    Summary = "",
                }
            );
        }

        served.RecordSearch();
        served.RecordList("topic");
        served.RecordList("facilitator");

        // The same response gives the same header on every replica, and a cached one the same as a fresh one.
        Assert.Equal(
            [
                "content",
                "facilitator-list",
                "search",
                "topic-list",
                "topic:alpha",
                "topic:beta",
                "topic:mu",
                "topic:zeta",
            ],
            served.Keys
        );
    }

    [Fact]
    public void Past_the_limit_documents_are_named_by_their_kind_s_list_key()
    {
        var served = new ServedDocuments();
        for (var i = 0; i < ServedDocuments.MaxKeys; i++)
        {
            served.Record(
                new TopicEntity
                {
                    Slug = $"topic-{i}",
                    Name = "Topic",
                    Summary = "",
                }
            );
        }

        served.Record(
            new SessionEntity
            {
                Slug = "one",
                Title = "One",
                Summary = "",
                TimeZone = "America/Toronto",
                Status = "scheduled",
            }
        );

        Assert.Equal(["content", "session-list", "topic-list"], served.Keys);
    }

    private const string SessionSlug = "example-sleep-part-2";

    private async Task<string[]> KeysAsync(string query)
    {
        using var client = factory.CreateClient();
        using var response = await client.PostAsJsonAsync("/graphql", new { query });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("\"errors\"", body, StringComparison.Ordinal);
        return response.Headers.GetValues("Surrogate-Key").Single().Split(' ');
    }
}
