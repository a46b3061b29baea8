namespace WellnessConnection.Tests.GraphQL.CrisisLines;

/// <summary>
/// Every sample crisis line was last verified on 2026-11-27. More than 180 days later it is stale. The test moves the
/// clock forward, so it is alone in its class.
/// </summary>
public sealed class CrisisLineStalenessTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    private static readonly DateTimeOffset LastVerified = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_line_becomes_stale_181_days_after_it_was_last_verified()
    {
        var client = factory.CreateClient();
        const string Query = "{ crisisLines { lastVerified isStale } }";

        var today = await client.DataAsync(Query);
        factory.Clock.SetUtcNow(LastVerified.AddDays(180));
        var day180 = await client.DataAsync(Query);
        factory.Clock.SetUtcNow(LastVerified.AddDays(181));
        var day181 = await client.DataAsync(Query);

        Assert.All(today["crisisLines"]!.AsArray(), line => Assert.Equal("2026-11-27", (string?)line!["lastVerified"]));
        Assert.All(today["crisisLines"]!.AsArray(), line => Assert.False((bool)line!["isStale"]!));
        Assert.All(day180["crisisLines"]!.AsArray(), line => Assert.False((bool)line!["isStale"]!));
        Assert.All(day181["crisisLines"]!.AsArray(), line => Assert.True((bool)line!["isStale"]!));
    }
}
