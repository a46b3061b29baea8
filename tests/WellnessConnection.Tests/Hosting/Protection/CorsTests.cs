using System.Net;
using WellnessConnection.Tests.Hosting.GraphQLHttp;
using static WellnessConnection.Tests.Hosting.GraphQLHttp.GraphQLHttpHost;

namespace WellnessConnection.Tests.Hosting.Protection;

public sealed class CorsTests(CorsTests.PartnerFactory factory) : IClassFixture<CorsTests.PartnerFactory>
{
    private const string Partner = "https://partner.example.org";

    [Fact]
    public async Task A_partners_preflight_is_allowed()
    {
        var preflight = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        using var response = await factory.SendAsync(
            preflight,
            null,
            ("Origin", Partner),
            ("Access-Control-Request-Method", "POST"),
            ("Access-Control-Request-Headers", "content-type")
        );

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(Partner, response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Fact]
    public async Task A_partners_get_is_allowed_and_can_read_the_etag()
    {
        using var response = await factory.GetAsync(Query(("query", "{ contentVersion }")), null, ("Origin", Partner));

        Assert.Equal(Partner, response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains(
            "ETag",
            response.Headers.GetValues("Access-Control-Expose-Headers").Single(),
            StringComparison.OrdinalIgnoreCase
        );
        Assert.Contains("Origin", response.Headers.Vary);
    }

    [Fact]
    public async Task Another_origin_gets_no_cors_headers()
    {
        using var response = await factory.GetAsync(
            Query(("query", "{ contentVersion }")),
            null,
            ("Origin", "https://elsewhere.example.com")
        );

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    public sealed class PartnerFactory : EndpointApiFactory
    {
        protected override IEnumerable<KeyValuePair<string, string>> Settings =>
            [new("Protection:Cors:AllowedOrigins:0", Partner)];
    }
}
