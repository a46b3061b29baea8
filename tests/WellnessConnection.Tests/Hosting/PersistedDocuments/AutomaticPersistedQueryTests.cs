using System.Net;
using System.Security.Cryptography;
using System.Text;
using WellnessConnection.Hosting.PersistedDocuments;
using WellnessConnection.Tests.Hosting.GraphQLHttp;
using static WellnessConnection.Tests.Hosting.GraphQLHttp.GraphQLHttpHost;
using static WellnessConnection.Tests.Hosting.GraphQLHttp.GraphQLResponseAssert;

namespace WellnessConnection.Tests.Hosting.PersistedDocuments;

public sealed class AutomaticPersistedQueryTests(EndpointApiFactory factory) : IClassFixture<EndpointApiFactory>
{
    private const string GraphQLResponse = "application/graphql-response+json";

    [Fact]
    public async Task An_unknown_hash_is_not_found_then_hash_and_query_run_then_the_hash_alone_runs()
    {
        const string query = "query ApqFlow { topic(slug: \"sleep\") { name } }";
        var hash = Sha256(query);

        using var unknown = await factory.PostAsync(new { extensions = Persisted(hash) }, GraphQLResponse);
        var error = await SingleErrorAsync(
            unknown,
            HttpStatusCode.BadRequest,
            "PERSISTED_QUERY_NOT_FOUND",
            GraphQLResponse
        );
        Assert.Equal("PersistedQueryNotFound", error.GetProperty("message").GetString());

        using var registered = await factory.PostAsync(new { query, extensions = Persisted(hash) });
        Assert.Equal(
            "Sleep",
            (await BodyAsync(registered)).GetProperty("data").GetProperty("topic").GetProperty("name").GetString()
        );

        using var byHash = await factory.PostAsync(new { extensions = Persisted(hash) });
        Assert.Equal(
            "Sleep",
            (await BodyAsync(byHash)).GetProperty("data").GetProperty("topic").GetProperty("name").GetString()
        );

        using var byGet = await factory.GetAsync(
            Query(("extensions", $$$"""{"persistedQuery":{"version":1,"sha256Hash":"{{{hash}}}"}}"""))
        );
        Assert.Equal(HttpStatusCode.OK, byGet.StatusCode);
    }

    [Fact]
    public async Task A_hash_that_is_not_the_querys_is_refused_and_nothing_is_stored()
    {
        const string query = "query Mismatch { contentVersion }";
        var wrong = Sha256("something else");

        using var response = await factory.PostAsync(new { query, extensions = Persisted(wrong) }, GraphQLResponse);

        var error = await SingleErrorAsync(
            response,
            HttpStatusCode.BadRequest,
            "PERSISTED_QUERY_HASH_MISMATCH",
            GraphQLResponse
        );
        Assert.Contains(Sha256(query), error.GetProperty("message").GetString(), StringComparison.Ordinal);
        using var later = await factory.PostAsync(new { extensions = Persisted(wrong) }, GraphQLResponse);
        await SingleErrorAsync(later, HttpStatusCode.BadRequest, "PERSISTED_QUERY_NOT_FOUND", GraphQLResponse);
    }

    [Fact]
    public async Task A_query_that_does_not_validate_is_not_stored()
    {
        const string query = "query Invalid { noSuchField }";
        var hash = Sha256(query);

        using var invalid = await factory.PostAsync(new { query, extensions = Persisted(hash) }, GraphQLResponse);
        await SingleErrorAsync(invalid, HttpStatusCode.BadRequest, "FIELDS_ON_CORRECT_TYPE", GraphQLResponse);

        using var later = await factory.PostAsync(new { extensions = Persisted(hash) }, GraphQLResponse);
        await SingleErrorAsync(later, HttpStatusCode.BadRequest, "PERSISTED_QUERY_NOT_FOUND", GraphQLResponse);
    }

    [Fact]
    public async Task A_trusted_documents_hash_is_known_without_registering_it()
    {
        var document = TrustedDocumentManifest
            .Load(EndpointApiFactory.PersistedDirectory)
            .Single(d => d.File == "partner-listing.graphql");

        using var response = await factory.PostAsync(
            new { extensions = Persisted(document.Hash), variables = new { topic = "sleep" } }
        );

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("""{"query":"{ contentVersion }","extensions":{"persistedQuery":{"version":2,"sha256Hash":"x"}}}""")]
    [InlineData("""{"extensions":{"persistedQuery":{"version":1}}}""")]
    [InlineData("""{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"not-a-hash"}}}""")]
    [InlineData("""{"extensions":{"persistedQuery":"yes"}}""")]
    public async Task A_malformed_persisted_query_extension_is_a_request_error(string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await factory.SendAsync(
            new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content },
            GraphQLResponse
        );

        await SingleErrorAsync(response, HttpStatusCode.BadRequest, "PERSISTED_QUERY_INVALID", GraphQLResponse);
    }

    internal static object Persisted(string hash) => new { persistedQuery = new { version = 1, sha256Hash = hash } };

    internal static string Sha256(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
