using System.Globalization;
using WellnessConnection.Hosting.Caching;
using WellnessConnection.Http;

namespace WellnessConnection.Tests.Hosting.Caching;

public sealed class ResponseEntityTagTests
{
    private static readonly string Tag = ResponseEntityTag.For("d39dd9e5387254d7", "key", "application/json", "body");

    [Fact]
    public void The_tag_is_weak_and_starts_with_the_content_version() =>
        Assert.Matches("^W/\"d39dd9e5387254d7-[0-9a-f]{16}\"$", Tag);

    [Fact]
    public void Each_part_of_the_identity_changes_the_tag()
    {
        string[] tags =
        [
            Tag,
            ResponseEntityTag.For("d39dd9e5387254d8", "key", "application/json", "body"),
            ResponseEntityTag.For("d39dd9e5387254d7", "other", "application/json", "body"),
            ResponseEntityTag.For("d39dd9e5387254d7", "key", "application/graphql-response+json", "body"),
            ResponseEntityTag.For("d39dd9e5387254d7", "key", "application/json", "changed"),
        ];

        Assert.Equal(tags.Length, tags.Distinct().Count());
    }

    [Theory]
    [InlineData(true, "{0}")]
    [InlineData(true, "\"x\", {0}")]
    [InlineData(true, "*")]
    [InlineData(false, "\"x\"")]
    [InlineData(false, "not an etag")]
    [InlineData(false, "")]
    public void If_none_match_names_the_tag_or_any(bool matches, string header) =>
        Assert.Equal(
            matches,
            ConditionalResponse.Matches(string.Format(CultureInfo.InvariantCulture, header, Tag), Tag)
        );

    [Fact]
    public void If_none_match_compares_weakly() =>
        Assert.True(ConditionalResponse.Matches(Tag.Replace("W/", "", StringComparison.Ordinal), Tag));
}
