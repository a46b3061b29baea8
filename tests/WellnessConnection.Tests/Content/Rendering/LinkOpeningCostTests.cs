using WellnessConnection.Content.Rendering;

namespace WellnessConnection.Tests.Content.Rendering;

/// <summary>
/// Markdig reads each unclosed <c>](</c> to the end of its paragraph: <c>[a](</c> 50,000 times took 8 to 13 s to
/// validate. The estimate is structural (openings times paragraph length), so it is tested by counts.
/// </summary>
public sealed class LinkOpeningCostTests
{
    [Fact]
    public void Fifty_thousand_unclosed_links_in_one_paragraph_are_over_budget_at_their_line()
    {
        var body = "Intro.\n\n" + string.Concat(Enumerable.Repeat("[a](", 50_000)) + "\n";

        var paragraph = LinkOpeningCost.FirstOverBudget(body);

        Assert.Equal(new ExpensiveParagraph(3, 50_000, 200_000), paragraph);
    }

    [Fact]
    public void Real_text_with_many_links_is_far_under_budget()
    {
        var paragraph = string.Join(
            ' ',
            Enumerable.Range(0, 40).Select(i => $"See [the guide {i}](https://example.org/guide/{i}) for more.")
        );
        var body = string.Join("\n\n", Enumerable.Repeat(paragraph, 100));

        Assert.Null(LinkOpeningCost.FirstOverBudget(body));
        Assert.True(40L * paragraph.Length * 100 < LinkOpeningCost.Budget);
    }

    [Fact]
    public void Blank_lines_end_a_paragraph_so_the_same_openings_split_up_are_under_budget()
    {
        var body = string.Join("\n \t\r\n", Enumerable.Repeat(string.Concat(Enumerable.Repeat("[a](", 1_000)), 50));

        Assert.Null(LinkOpeningCost.FirstOverBudget(body));
    }

    [Fact]
    public void Lines_without_a_blank_between_them_are_one_paragraph()
    {
        var body = string.Join("\n", Enumerable.Repeat(string.Concat(Enumerable.Repeat("[a](", 1_000)), 50));

        Assert.Equal(new ExpensiveParagraph(1, 50_000, 200_000), LinkOpeningCost.FirstOverBudget(body));
    }
}
