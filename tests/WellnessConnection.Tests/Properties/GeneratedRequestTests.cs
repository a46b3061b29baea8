using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CsCheck;
using Microsoft.Extensions.Logging;
using WellnessConnection.Hosting.Protection;
using WellnessConnection.Tests.Hosting.Operations;

namespace WellnessConnection.Tests.Properties;

/// <summary>
/// Generated GraphQL requests through the real HTTP pipeline. Whatever they hold: never a 500, never an error in
/// the log (every refusal is the client's, with a code), always a JSON answer, and a request that ran stayed within
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
                using var response = await client.PostAsJsonAsync("/graphql", new { query = request.Query, variables = request.Variables });
                var body = await response.Content.ReadAsStringAsync();

                Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
                var json = JsonNode.Parse(body)!.AsObject();
                if (json["data"] is JsonObject)
                {
                    Interlocked.Increment(ref ran);
                    var (expanded, _) = ExpandedFieldCount.Of(new global::GraphQL.Execution.GraphQLDocumentBuilder().Build(request.Query), ExpandedFieldLimit);
                    Assert.True(expanded <= ExpandedFieldLimit, $"ran with {expanded} expanded fields");
                }

                Assert.DoesNotContain(factory.Logs.Records, r => r.Level >= LogLevel.Error);
            },
            seed: PropertyRuns.Seed("0000000000001"),
            iter: PropertyRuns.Iterations(300),
            threads: 1,
            print: request => request.ToString());

        // The generator must reach both sides: requests that run, and requests refused before they do.
        Assert.InRange(ran, tried / 20, tried - tried / 20);
    }
}
