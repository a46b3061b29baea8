using System.Text;

namespace WellnessConnection.Tests.GraphQL.Paging;

/// <summary>Paging arguments a list refuses, each with the error code a client can act on.</summary>
public sealed class PageArgumentTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    [Theory]
    [InlineData("first: 101")]
    [InlineData("last: 101")]
    [InlineData("first: -1")]
    [InlineData("last: -1")]
    [InlineData("first: 2, last: 2")]
    public async Task A_page_size_out_of_bounds_or_both_directions_is_BAD_PAGE_SIZE(string arguments)
    {
        var response = await factory.CreateClient().QueryAsync($"{{ sessions({arguments}) {{ nodes {{ slug }} }} }}");

        Assert.Equal(["BAD_PAGE_SIZE"], response.ErrorCodes());
        Assert.Null(response["data"]);
    }

    [Fact]
    public async Task A_hundred_is_the_largest_page_size()
    {
        var data = await factory.CreateClient().DataAsync("{ sessions(first: 100) { nodes { slug } } }");

        Assert.NotEmpty(data["sessions"].Slugs());
    }

    [Theory]
    [InlineData("after", "not a cursor")]
    [InlineData("before", "not a cursor")]
    [InlineData("after", "")]
    [InlineData("after", "d2M6LTE=")] // "wc:-1"
    [InlineData("after", "U2Vzc2lvbjpzbGVlcC1wYXJ0LTE=")] // a node id, not a cursor
    public async Task A_cursor_that_is_not_one_of_ours_is_INVALID_CURSOR(string argument, string cursor)
    {
        var response = await factory
            .CreateClient()
            .QueryAsync($"query($c: String) {{ sessions({argument}: $c) {{ nodes {{ slug }} }} }}", new { c = cursor });

        Assert.Equal(["INVALID_CURSOR"], response.ErrorCodes());
    }

    [Fact]
    public async Task Nested_lists_check_their_arguments_too()
    {
        var response = await factory
            .CreateClient()
            .QueryAsync("""{ topic(slug: "sleep") { sessions(first: 500) { nodes { slug } } } }""");

        Assert.Equal(["BAD_PAGE_SIZE"], response.ErrorCodes());
    }

    [Fact]
    public async Task Each_list_type_refuses_oversized_pages()
    {
        foreach (var field in new[] { "allSeries", "topics", "facilitators", "resources", "pages" })
        {
            var response = await factory.CreateClient().QueryAsync($"{{ {field}(first: 101) {{ totalCount }} }}");

            Assert.Equal(["BAD_PAGE_SIZE"], response.ErrorCodes());
        }
    }

    [Fact]
    public async Task A_cursor_of_the_right_form_past_the_end_gives_an_empty_page()
    {
        var cursor = Convert.ToBase64String(Encoding.UTF8.GetBytes("wc:999"));

        var data = await factory
            .CreateClient()
            .DataAsync(
                "query($c: String) { sessions(after: $c) { nodes { slug } pageInfo { hasNextPage } } }",
                new { c = cursor }
            );

        Assert.Empty(data["sessions"].Slugs());
        Assert.False((bool)data["sessions"]!["pageInfo"]!["hasNextPage"]!);
    }
}
