using System.Net;
using System.Text.Json.Nodes;
using WellnessConnection.Hosting.GraphQLHttp;
using WellnessConnection.Tests.Content;
using WellnessConnection.Tests.GraphQL;

namespace WellnessConnection.Tests.Hosting.GraphQLHttp;

/// <summary>
/// Tools get the schema without introspection: <c>GET /graphql/schema.graphql</c> serves the published SDL, with an
/// ETag. And graphql-js's introspection query with input-value deprecation, which some tools send, is answered.
/// </summary>
public sealed class SchemaDocumentTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    [Fact]
    public async Task The_schema_is_served_as_the_published_sdl_with_an_etag()
    {
        var client = factory.CreateClient();

        using var response = await client.GetAsync(SchemaDocument.Path);
        var published = File.ReadAllText(
                Path.Combine(Path.GetDirectoryName(ContentFixtures.SampleContentDirectory)!, "schema.graphql")
            )
            .ReplaceLineEndings("\n");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(published, await response.Content.ReadAsStringAsync());
        var etag = response.Headers.ETag!.Tag;
        using var again = new HttpRequestMessage(HttpMethod.Get, SchemaDocument.Path);
        again.Headers.IfNoneMatch.ParseAdd(etag);
        using var notModified = await client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
    }

    [Fact]
    public async Task Introspection_with_deprecated_input_values_is_answered()
    {
        // The parts of graphql-js's getIntrospectionQuery({ inputValueDeprecation: true }) that GraphQL.NET refused.
        var data = await factory
            .CreateClient()
            .DataAsync(
                """
                {
                  __schema {
                    queryType { fields { name args(includeDeprecated: true) { name isDeprecated deprecationReason } } }
                    types { inputFields(includeDeprecated: true) { name isDeprecated } }
                    directives { name args(includeDeprecated: true) { name } }
                  }
                }
                """
            );

        var sessions = data["__schema"]!["queryType"]!["fields"]!
            .AsArray()
            .Single(f => (string?)f!["name"] == "sessions")!;
        Assert.Contains(sessions["args"]!.AsArray(), a =>
            (string?)a!["name"] == "where" && (bool?)a["isDeprecated"] == false
        );
    }
}
