namespace WellnessConnection.Tests.GraphQL;

/// <summary>The API names the tzdb release its times come from, the same one /readyz shows.</summary>
public sealed class TimeZoneDatabaseTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    [Fact]
    public async Task Query_names_the_embedded_tzdb_version()
    {
        var data = await factory.CreateClient().DataAsync("{ timeZoneDatabase }");

        var version = data["timeZoneDatabase"]!.GetValue<string>();
        Assert.Equal(NodaTime.DateTimeZoneProviders.Tzdb.VersionId, version);
        // 2026 releases are the first with British Columbia's end of clock changes.
        Assert.StartsWith("TZDB: 2026", version, StringComparison.Ordinal);
    }
}
