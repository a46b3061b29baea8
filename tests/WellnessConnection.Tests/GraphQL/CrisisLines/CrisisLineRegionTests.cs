namespace WellnessConnection.Tests.GraphQL.CrisisLines;

/// <summary>
/// The sample crisis lines: 988 (national), AMA (AB), OMA (ON), PHP of British Columbia (BC). National lines come
/// first, then the rest by name.
/// </summary>
public sealed class CrisisLineRegionTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    [Theory]
    [InlineData("ON", "988-suicide-crisis-helpline oma-physician-health-program")]
    [InlineData("BC", "988-suicide-crisis-helpline physician-health-program-bc")]
    [InlineData("AB", "988-suicide-crisis-helpline ama-physician-and-family-support-program")]
    [InlineData("QC", "988-suicide-crisis-helpline")]
    [InlineData("NU", "988-suicide-crisis-helpline")]
    [InlineData("CA", "988-suicide-crisis-helpline")]
    public async Task A_region_gets_the_national_lines_then_its_own(string region, string expected)
    {
        var data = await factory.CreateClient().DataAsync($"{{ crisisLines(region: {region}) {{ slug }} }}");

        Assert.Equal(SlugList.From(expected), data["crisisLines"].Slugs());
    }

    [Fact]
    public async Task Ontario_does_not_get_the_lines_of_other_provinces()
    {
        var data = await factory.CreateClient().DataAsync("{ crisisLines(region: ON) { slug regions scope } }");

        var lines = data["crisisLines"]!.AsArray();
        Assert.DoesNotContain("physician-health-program-bc", data["crisisLines"].Slugs());
        Assert.All(lines, line =>
            Assert.True(
                (string?)line!["scope"] == "NATIONAL" || line["regions"]!.AsArray().Any(r => (string?)r == "ON")
            )
        );
    }

    [Fact]
    public async Task Without_a_region_every_line_is_listed_national_first()
    {
        var data = await factory.CreateClient().DataAsync("{ crisisLines { slug scope } }");

        Assert.Equal(
            SlugList.From(
                "988-suicide-crisis-helpline ama-physician-and-family-support-program oma-physician-health-program "
                    + "physician-health-program-bc"
            ),
            data["crisisLines"].Slugs()
        );
    }

    [Fact]
    public async Task A_region_that_is_not_in_the_enum_is_a_validation_error()
    {
        var response = await factory.CreateClient().QueryAsync("{ crisisLines(region: XX) { slug } }");

        Assert.Null(response["data"]);
        Assert.NotEmpty(response.ErrorCodes());
    }
}
