using System.Net;
using System.Text;
using WellnessConnection.Tests.Hosting.GraphQLHttp;
using static WellnessConnection.Tests.Hosting.GraphQLHttp.GraphQLHttpHost;
using static WellnessConnection.Tests.Hosting.GraphQLHttp.GraphQLResponseAssert;

namespace WellnessConnection.Tests.Hosting.Protection;

/// <summary>Each limit, met by the request it exists for: refused with a clear error and code, by a count made before
/// the work it bounds (never by the clock).</summary>
public sealed class HostileRequestTests(EndpointApiFactory factory) : IClassFixture<EndpointApiFactory>
{
    private const string GraphQLResponse = "application/graphql-response+json";

    [Fact]
    public async Task Deep_nesting_is_refused()
    {
        var query =
            "{ session(slug: \"sleep-part-1\") { "
            + Repeat("series { parts { ", 10)
            + "slug"
            + Repeat(" } }", 10)
            + " } }";

        var error = await RefusedAsync(new { query }, "QUERY_TOO_DEEP");

        Assert.Equal("The query nests 22 levels deep; this endpoint accepts at most 15.", error);
    }

    [Fact]
    public async Task Nesting_thousands_deep_is_refused_before_parsing()
    {
        var query = Repeat("{ a ", 3000) + Repeat("}", 3000);

        await RefusedAsync(new { query }, "TOO_MANY_TOKENS");
    }

    [Fact]
    public async Task Nesting_deeper_than_the_parser_goes_is_refused()
    {
        var query = Repeat("{ a ", 200) + Repeat("}", 200);

        await RefusedAsync(new { query }, "QUERY_TOO_DEEP");
    }

    [Theory]
    [InlineData("{", "SYNTAX_ERROR")]
    [InlineData("{ 8f31403dfe404bccbb0e835f2629c6a7 }", "SYNTAX_ERROR")]
    [InlineData("{ nope }", "FIELDS_ON_CORRECT_TYPE")]
    public async Task Documents_that_do_not_parse_or_validate_get_graphql_nets_own_errors(string query, string code)
    {
        var error = await RefusedAsync(new { query }, code);

        Assert.NotEmpty(error);
    }

    [Fact]
    public async Task Ten_thousand_aliases_are_refused_before_the_body_is_parsed()
    {
        var query = "{ " + string.Concat(Enumerable.Range(0, 10_000).Select(i => $"a{i}: contentVersion ")) + "}";

        using var response = await factory.PostAsync(new { query });

        await SingleErrorAsync(response, HttpStatusCode.RequestEntityTooLarge, "REQUEST_TOO_LARGE");
    }

    [Fact]
    public async Task Ten_thousand_aliases_in_a_get_are_refused_by_document_size()
    {
        var query = "{ " + string.Concat(Enumerable.Range(0, 10_000).Select(i => $"a{i}: contentVersion ")) + "}";

        using var response = await factory.GetAsync(Query(("query", query)), GraphQLResponse);

        await SingleErrorAsync(response, HttpStatusCode.BadRequest, "DOCUMENT_TOO_LARGE", GraphQLResponse);
    }

    [Fact]
    public async Task More_aliases_than_allowed_are_refused()
    {
        var query = "{ " + string.Concat(Enumerable.Range(0, 31).Select(i => $"a{i}: contentVersion ")) + "}";

        var error = await RefusedAsync(new { query }, "TOO_MANY_ALIASES");

        Assert.Contains("30 aliases", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_huge_body_is_refused_unread()
    {
        var query = "{ contentVersion }" + new string(' ', 1024 * 1024);

        using var response = await factory.PostAsync(new { query });

        await SingleErrorAsync(response, HttpStatusCode.RequestEntityTooLarge, "REQUEST_TOO_LARGE");
    }

    [Fact]
    public async Task A_document_larger_than_allowed_is_refused()
    {
        var query = "{ contentVersion }\n#" + new string('x', 40 * 1024);

        var error = await RefusedAsync(new { query }, "DOCUMENT_TOO_LARGE");

        Assert.Contains("32,768", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_thousand_chained_fragments_are_refused()
    {
        var fragments = string.Concat(Enumerable.Range(0, 1000).Select(i => $"fragment F{i} on Query{{...F{i + 1}}}"));
        var query = "{...F0}" + fragments + "fragment F1000 on Query{contentVersion}";

        await RefusedAsync(new { query }, "TOO_MANY_TOKENS");
    }

    [Fact]
    public async Task Hundreds_of_fragment_spreads_are_refused_before_validation_compares_them_pairwise()
    {
        var spreads = string.Concat(Enumerable.Range(0, 400).Select(i => $"...F{i} "));
        var fragments = string.Concat(
            Enumerable.Range(0, 400).Select(i => $"fragment F{i} on Query {{ contentVersion }} ")
        );

        await RefusedAsync(new { query = "{ " + spreads + "} " + fragments }, "TOO_MANY_FRAGMENTS");
    }

    [Fact]
    public async Task A_fragment_bomb_is_refused_before_any_analysis_expands_it()
    {
        var error = await RefusedAsync(
            new { query = ExpandedFieldCountTests.FragmentBomb },
            "TOO_MANY_EXPANDED_FIELDS"
        );

        Assert.Contains("2,000", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hundreds_of_repeated_fields_are_refused_before_validation_compares_them_pairwise()
    {
        var query = "{ " + Repeat("topics { nodes { slug } } ", 400) + "}";

        await RefusedAsync(new { query }, "TOO_MANY_FIELDS");
    }

    [Fact]
    public async Task The_most_merging_work_the_size_limits_allow_is_refused_by_its_expanded_size()
    {
        // 50 spreads of one fragment holding 99 copies of a nested field: 14,850 fields once expanded, every pair of
        // which merging validation would compare; refused from the count, before validation runs.
        var query =
            "{ " + Repeat("...F ", 50) + "} fragment F on Query { " + Repeat("topics { nodes { slug } } ", 99) + "}";

        await RefusedAsync(new { query }, "TOO_MANY_EXPANDED_FIELDS");
    }

    [Fact]
    public async Task Nested_pages_of_a_hundred_are_refused_as_too_complex()
    {
        const string query = """
            { sessions(first: 100) { nodes { topics { sessions(first: 100) { nodes { facilitators {
                sessions(first: 100) { nodes { title body { html } } } } } } } } } }
            """;

        var error = await RefusedAsync(new { query }, "QUERY_TOO_COMPLEX");

        Assert.Contains("first/last", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_larger_than_a_hundred_is_refused()
    {
        using var response = await factory.PostAsync(new { query = "{ sessions(first: 100000) { totalCount } }" });

        var body = await BodyAsync(response);
        Assert.Equal(
            "BAD_PAGE_SIZE",
            body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString()
        );
    }

    private async Task<string> RefusedAsync(object body, string code)
    {
        using var response = await factory.PostAsync(body, GraphQLResponse);

        var error = await SingleErrorAsync(response, HttpStatusCode.BadRequest, code, GraphQLResponse);
        return error.GetProperty("message").GetString()!;
    }

    private static string Repeat(string text, int times) =>
        new StringBuilder(text.Length * times).Insert(0, text, times).ToString();
}
