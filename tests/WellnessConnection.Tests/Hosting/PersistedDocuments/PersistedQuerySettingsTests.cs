using System.Net;
using WellnessConnection.Hosting.PersistedDocuments;
using WellnessConnection.Tests.Hosting.GraphQLHttp;
using static WellnessConnection.Tests.Hosting.GraphQLHttp.GraphQLHttpHost;
using static WellnessConnection.Tests.Hosting.GraphQLHttp.GraphQLResponseAssert;
using static WellnessConnection.Tests.Hosting.PersistedDocuments.AutomaticPersistedQueryTests;

namespace WellnessConnection.Tests.Hosting.PersistedDocuments;

public sealed class PersistedQuerySettingsTests
{
    private const string GraphQLResponse = "application/graphql-response+json";

    [Fact]
    public async Task With_trusted_documents_only_a_query_is_refused_with_a_clear_error_and_a_document_id_runs()
    {
        await using var factory = new TrustedOnlyFactory();

        using var query = await factory.PostAsync(new { query = "{ contentVersion }" }, GraphQLResponse);
        using var automatic = await factory.PostAsync(
            new { query = "{ contentVersion }", extensions = Persisted(Sha256("{ contentVersion }")) },
            GraphQLResponse
        );
        using var trusted = await factory.GetAsync(
            Query(
                (
                    "documentId",
                    TrustedDocumentManifest
                        .Load(EndpointApiFactory.PersistedDirectory)
                        .Single(d => d.File == "crisis-lines.graphql")
                        .Id
                )
            )
        );

        var error = await SingleErrorAsync(query, HttpStatusCode.BadRequest, "TRUSTED_DOCUMENTS_ONLY", GraphQLResponse);
        Assert.Contains("documentId", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        await SingleErrorAsync(automatic, HttpStatusCode.BadRequest, "TRUSTED_DOCUMENTS_ONLY", GraphQLResponse);
        Assert.Equal(HttpStatusCode.OK, trusted.StatusCode);
    }

    [Fact]
    public async Task With_automatic_persisted_queries_off_a_hash_alone_is_not_supported_and_a_query_still_runs()
    {
        await using var factory = new NoAutomaticFactory();
        const string text = "{ contentVersion }";

        using var hashOnly = await factory.PostAsync(new { extensions = Persisted(Sha256(text)) }, GraphQLResponse);
        using var withQuery = await factory.PostAsync(
            new { query = text, extensions = Persisted(Sha256(text)) },
            GraphQLResponse
        );

        await SingleErrorAsync(hashOnly, HttpStatusCode.BadRequest, "PERSISTED_QUERY_NOT_SUPPORTED", GraphQLResponse);
        Assert.Equal(HttpStatusCode.OK, withQuery.StatusCode);
    }

    private sealed class TrustedOnlyFactory : EndpointApiFactory
    {
        protected override IEnumerable<KeyValuePair<string, string>> Settings =>
            [new("PersistedQueries:TrustedOnly", "true")];
    }

    private sealed class NoAutomaticFactory : EndpointApiFactory
    {
        protected override IEnumerable<KeyValuePair<string, string>> Settings =>
            [new("PersistedQueries:Automatic", "false")];
    }
}
