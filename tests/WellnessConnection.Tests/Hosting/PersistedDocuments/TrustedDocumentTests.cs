using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using WellnessConnection.Hosting.PersistedDocuments;
using WellnessConnection.Tests.Hosting.GraphQLHttp;
using static WellnessConnection.Tests.Hosting.GraphQLHttp.GraphQLHttpHost;
using static WellnessConnection.Tests.Hosting.GraphQLHttp.GraphQLResponseAssert;

namespace WellnessConnection.Tests.Hosting.PersistedDocuments;

public sealed class TrustedDocumentTests(EndpointApiFactory factory) : IClassFixture<EndpointApiFactory>
{
    /// <summary>Variables a partner would send with each shipped document.</summary>
    public static TheoryData<string, string> ShippedDocuments =>
        new()
        {
            { "partner-listing.graphql", """{"topic":"sleep"}""" },
            { "session-page.graphql", """{"slug":"example-sleep-part-2","timeZone":"America/Vancouver"}""" },
            { "crisis-lines.graphql", """{"region":"QC","locale":"FR"}""" },
            {
                "embed-listing.graphql",
                """
                    {"locale":"FR","first":5,
                     "where":{"topics":{"some":{"slug":{"in":["sleep","burnout"]}}},"series":{"slug":{"in":["sleep"]}}}}
                    """
            },
        };

    private static string Folder => EndpointApiFactory.PersistedDirectory;

    [Fact]
    public void Each_shipped_document_has_the_sha256_of_its_file_as_id()
    {
        using var manifest = JsonDocument.Parse(
            File.ReadAllText(Path.Combine(Folder, TrustedDocumentManifest.FileName))
        );
        foreach (var entry in manifest.RootElement.GetProperty("documents").EnumerateArray())
        {
            var file = entry.GetProperty("file").GetString()!;
            var hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(Folder, file))));
            Assert.Equal("sha256:" + hash, entry.GetProperty("id").GetString());
        }
    }

    [Fact]
    public void Every_document_in_the_folder_is_in_the_manifest_and_every_test_covers_one()
    {
        var listed = TrustedDocumentManifest.Load(Folder).Select(d => d.File).Order(StringComparer.Ordinal);
        var files = Directory.GetFiles(Folder, "*.graphql").Select(Path.GetFileName).Order(StringComparer.Ordinal);
        var tested = ShippedDocuments.Select(row => (string)row[0]).Order(StringComparer.Ordinal);

        Assert.Equal(files, listed);
        Assert.Equal(files, tested);
        Assert.Contains("partner-listing.graphql", files);
        Assert.Contains("session-page.graphql", files);
    }

    [Theory]
    [MemberData(nameof(ShippedDocuments))]
    public async Task Each_shipped_document_validates_against_the_schema_and_runs_by_its_id_in_a_short_get(
        string file,
        string variables
    )
    {
        var id = TrustedDocumentManifest.Load(Folder).Single(d => d.File == file).Id;

        using var response = await factory.GetAsync(Query(("documentId", id), ("variables", variables)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await BodyAsync(response);
        Assert.False(body.TryGetProperty("errors", out var errors), errors.ToString());
        Assert.NotEqual(JsonValueKind.Null, body.GetProperty("data").EnumerateObject().Single().Value.ValueKind);
    }

    [Fact]
    public async Task The_partner_listing_pages_by_20_with_facilitators_topics_and_times()
    {
        var id = TrustedDocumentManifest.Load(Folder).Single(d => d.File == "partner-listing.graphql").Id;

        using var response = await factory.GetAsync(
            Query(("documentId", id), ("variables", """{"topic":"self-care"}"""))
        );

        var listing = (await BodyAsync(response)).GetProperty("data").GetProperty("upcomingSessions");
        var session = listing.GetProperty("nodes").EnumerateArray().First();
        foreach (
            var field in new[] { "displayTime", "status", "registrationUrl", "facilitators", "topics", "viewerTime" }
        )
        {
            Assert.True(session.TryGetProperty(field, out _), field);
        }

        Assert.True(listing.GetProperty("pageInfo").TryGetProperty("endCursor", out _));
    }

    [Fact]
    public async Task An_unknown_document_id_is_a_request_error()
    {
        using var response = await factory.GetAsync(
            Query(("documentId", "sha256:" + new string('0', 64))),
            "application/graphql-response+json"
        );

        await SingleErrorAsync(
            response,
            HttpStatusCode.BadRequest,
            "DOCUMENT_NOT_FOUND",
            "application/graphql-response+json"
        );
    }

    [Theory]
    [InlineData("cb5d7e40c514e827e0e6b851dedadde0b2a964d5d2152e87d452d79ed0134172")]
    [InlineData("sha256:CB5D7E40C514E827E0E6B851DEDADDE0B2A964D5D2152E87D452D79ED0134172")]
    [InlineData("md5:0cc175b9c0f1b6a831c399e269772661")]
    [InlineData("sha256:../../etc/passwd")]
    public async Task A_malformed_document_id_is_a_request_error(string id)
    {
        using var response = await factory.PostAsync(new { documentId = id }, "application/graphql-response+json");

        await SingleErrorAsync(
            response,
            HttpStatusCode.BadRequest,
            "DOCUMENT_ID_INVALID",
            "application/graphql-response+json"
        );
    }

    [Fact]
    public async Task A_query_and_a_document_id_together_are_a_request_error()
    {
        var id = TrustedDocumentManifest.Load(Folder)[0].Id;

        using var response = await factory.PostAsync(
            new { query = "{ contentVersion }", documentId = id },
            "application/graphql-response+json"
        );

        await SingleErrorAsync(
            response,
            HttpStatusCode.BadRequest,
            "INVALID_REQUEST",
            "application/graphql-response+json"
        );
    }

    [Fact]
    public void A_manifest_whose_id_is_not_the_files_hash_stops_the_start_with_the_right_id()
    {
        using var folder = new TemporaryFolder();
        File.WriteAllText(Path.Combine(folder.Path, "a.graphql"), "{ contentVersion }\n");
        File.WriteAllText(
            Path.Combine(folder.Path, "manifest.json"),
            $$"""{"documents":[{"id":"sha256:{{new string('a', 64)}}","file":"a.graphql"}]}"""
        );

        var error = Assert.Throws<InvalidDataException>(() => TrustedDocumentManifest.Load(folder.Path));

        var expected = Convert.ToHexStringLower(SHA256.HashData("{ contentVersion }\n"u8));
        Assert.Contains($"a.graphql has the id sha256:{expected}", error.Message, StringComparison.Ordinal);
    }

    private sealed class TemporaryFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("trusted-documents-").FullName;

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
