using System.Net;
using WellnessConnection.Tests.Hosting.GraphQLHttp;
using static WellnessConnection.Tests.Hosting.GraphQLHttp.GraphQLHttpHost;
using static WellnessConnection.Tests.Hosting.GraphQLHttp.GraphQLResponseAssert;

namespace WellnessConnection.Tests.Hosting.Protection;

public sealed class IntrospectionSettingTests(IntrospectionSettingTests.ClosedFactory factory)
    : IClassFixture<IntrospectionSettingTests.ClosedFactory>
{
    [Theory]
    [InlineData("{ __schema { queryType { name } } }")]
    [InlineData("{ __type(name: \"Session\") { name } }")]
    public async Task With_introspection_off_schema_questions_are_refused(string query)
    {
        using var response = await factory.GetAsync(Query(("query", query)), "application/graphql-response+json");

        await SingleErrorAsync(
            response,
            HttpStatusCode.BadRequest,
            "NO_INTROSPECTION",
            "application/graphql-response+json"
        );
    }

    [Fact]
    public async Task With_introspection_off_typename_still_works()
    {
        using var response = await factory.GetAsync(Query(("query", "{ __typename contentVersion }")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public sealed class ClosedFactory : EndpointApiFactory
    {
        protected override IEnumerable<KeyValuePair<string, string>> Settings =>
            [new("Protection:IntrospectionEnabled", "false")];
    }
}
