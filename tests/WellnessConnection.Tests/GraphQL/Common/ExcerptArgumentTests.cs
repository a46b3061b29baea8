namespace WellnessConnection.Tests.GraphQL.Common;

/// <summary>
/// <c>body.excerpt(length:)</c> on sleep-part-1, whose text starts "From memory consolidation and cognitive function
/// to immune system support, ...".
/// </summary>
public sealed class ExcerptArgumentTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    [Theory]
    [InlineData(40, "From memory consolidation and cognitive…")]
    [InlineData(39, "From memory consolidation and…")]
    [InlineData(5, "From…")]
    [InlineData(1, "…")]
    public async Task An_excerpt_is_cut_at_a_word_and_never_longer_than_asked(int length, string expected)
    {
        var excerpt = await ExcerptAsync(length);

        Assert.Equal(expected, excerpt);
        Assert.True(excerpt.Length <= length);
    }

    [Fact]
    public async Task The_default_excerpt_is_at_most_200_characters()
    {
        var data = await factory.CreateClient().DataAsync("""{ session(slug: "sleep-part-1") { body { excerpt } } }""");

        var excerpt = (string)data["session"]!["body"]!["excerpt"]!;
        Assert.InRange(excerpt.Length, 150, 200);
        Assert.EndsWith("…", excerpt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_largest_length_gives_the_whole_text_on_one_line()
    {
        var data = await factory
            .CreateClient()
            .DataAsync("""{ session(slug: "sleep-part-1") { body { text excerpt(length: 5000) } } }""");

        var text = (string)data["session"]!["body"]!["text"]!;
        var excerpt = (string)data["session"]!["body"]!["excerpt"]!;
        Assert.Equal(string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), excerpt);
        Assert.DoesNotContain("…", excerpt, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(5001)]
    public async Task A_length_out_of_bounds_is_BAD_ARGUMENT(int length)
    {
        var response = await factory
            .CreateClient()
            .QueryAsync(
                "query($length: Int) { session(slug: \"sleep-part-1\") { body { excerpt(length: $length) } } }",
                new { length }
            );

        Assert.Equal(["BAD_ARGUMENT"], response.ErrorCodes());
    }

    private async Task<string> ExcerptAsync(int length)
    {
        var data = await factory
            .CreateClient()
            .DataAsync(
                "query($length: Int) { session(slug: \"sleep-part-1\") { body { excerpt(length: $length) } } }",
                new { length }
            );
        return (string)data["session"]!["body"]!["excerpt"]!;
    }
}
