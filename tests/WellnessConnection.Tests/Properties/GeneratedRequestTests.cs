using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CsCheck;
using Microsoft.Extensions.Logging;
using WellnessConnection.Hosting.Protection;
using WellnessConnection.Tests.Hosting.Operations;

namespace WellnessConnection.Tests.Properties;

/// <summary>
/// Generated GraphQL requests through the real HTTP pipeline. Whatever they hold: never a 500, never an error in
/// the log, no error GraphQL.NET reports for an exception (every refusal is the client's, with its code), always a
/// JSON answer, and a request that ran stayed within
/// the structural budget (its fields, fragments expanded, under the limit). 300 seeded requests in CI;
/// <c>WC_PROPERTY_ITERATIONS=20000</c> for a long run by hand.
/// </summary>
public sealed class GeneratedRequestTests(OperationsFactory factory) : IClassFixture<OperationsFactory>
{
    private static readonly int ExpandedFieldLimit = new ProtectionOptions().MaxExpandedFields;

    [Fact]
    public async Task No_generated_request_fails_the_server_or_escapes_the_budget()
    {
        var client = factory.CreateClient();
        var (tried, ran) = (0, 0);

        await GraphQLDocumentGen.Request.SampleAsync(
            async request =>
            {
                Interlocked.Increment(ref tried);
                var errorsBefore = ErrorsLogged();
                using var content = request.RawBody is { } raw
                    ? (HttpContent)new ByteArrayContent(raw)
                    : JsonContent.Create(new { query = request.Query, variables = request.Variables });
                content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                using var response = await client.PostAsync("/graphql", content);
                var body = await response.Content.ReadAsStringAsync();

                Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
                var json = JsonNode.Parse(body)!.AsObject();
                // GraphQL.NET's word for an exception no rule expected: the request found a failure, not a refusal.
                Assert.DoesNotContain(json["errors"]?.AsArray() ?? [], e =>
                    ((string?)e!["message"])!.StartsWith("Error trying to resolve field", StringComparison.Ordinal)
                );
                if (json["data"] is JsonObject)
                {
                    Interlocked.Increment(ref ran);
                    var (expanded, _) = ExpandedFieldCount.Of(
                        new global::GraphQL.Execution.GraphQLDocumentBuilder().Build(request.Query),
                        ExpandedFieldLimit
                    );
                    Assert.True(expanded <= ExpandedFieldLimit, $"ran with {expanded} expanded fields");
                }

                Assert.Equal(errorsBefore, ErrorsLogged());
            },
            seed: PropertyRuns.Seed("0000000000001"),
            iter: PropertyRuns.Iterations(300),
            threads: 1,
            print: request => request.ToString()
        );

        // The generator must reach both sides: requests that run, and requests refused before they do.
        Assert.InRange(ran, tried / 20, tried - tried / 20);
    }

    private int ErrorsLogged() => factory.Logs.Records.Count(r => r.Level >= LogLevel.Error);
}
