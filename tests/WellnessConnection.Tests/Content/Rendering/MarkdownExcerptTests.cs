using WellnessConnection.Content.Rendering;

namespace WellnessConnection.Tests.Content.Rendering;

public sealed class MarkdownExcerptTests
{
    [Fact]
    public void Short_text_is_returned_whole_with_whitespace_collapsed()
    {
        Assert.Equal("Rest and recover.", MarkdownRenderer.Excerpt("  Rest\n\n and\trecover. ", 40));
    }

    [Fact]
    public void Long_text_is_cut_at_a_word_boundary_with_an_ellipsis()
    {
        Assert.Equal("The quick…", MarkdownRenderer.Excerpt("The quick brown fox jumps", 12));
    }

    [Fact]
    public void A_cut_that_falls_on_a_space_keeps_the_whole_last_word()
    {
        Assert.Equal("The quick…", MarkdownRenderer.Excerpt("The quick brown", 10));
    }

    [Fact]
    public void Trailing_punctuation_before_the_ellipsis_is_dropped()
    {
        Assert.Equal("Hello…", MarkdownRenderer.Excerpt("Hello, world again", 8));
    }

    [Fact]
    public void A_single_long_word_is_cut_inside_the_word()
    {
        Assert.Equal("Pneumono…", MarkdownRenderer.Excerpt("Pneumonoultramicroscopic", 9));
    }

    [Fact]
    public void The_excerpt_never_exceeds_the_length()
    {
        const string text = "Peer support helps physicians recover from burnout and stress.";

        for (var length = 1; length <= text.Length + 2; length++)
        {
            var excerpt = MarkdownRenderer.Excerpt(text, length);
            Assert.True(excerpt.Length <= length, $"{length}: \"{excerpt}\"");
            Assert.StartsWith(excerpt.TrimEnd('…'), text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_surrogate_pair_is_never_split()
    {
        Assert.Equal("ab…", MarkdownRenderer.Excerpt("ab😀cdef", 4));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void A_length_of_zero_or_less_is_refused(int length)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => MarkdownRenderer.Excerpt("text", length));
    }
}
