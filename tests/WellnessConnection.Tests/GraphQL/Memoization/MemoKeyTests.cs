using WellnessConnection.GraphQL.Memoization;

namespace WellnessConnection.Tests.GraphQL.Memoization;

/// <summary>
/// A memo key's shared part (a selection's canonical text) is hashed once, but keys are still equal by its text: two
/// documents that ask the same selection share the memo's entries, and different selections never do.
/// </summary>
public sealed class MemoKeyTests
{
    private const string Selection = "id slug title facilitators { name } topics { slug name }";

    [Fact]
    public void Keys_with_the_same_text_in_two_instances_are_equal()
    {
        var one = new MemoKey("Fields.Session", "1\nen", 7, new SharedKeyText(Selection));
        var other = new MemoKey("Fields.Session", "1\nen", 7, new SharedKeyText(new string([.. Selection])));

        Assert.Equal(one, other);
        Assert.Equal(one.GetHashCode(), other.GetHashCode());
    }

    [Theory]
    [InlineData("id slug title facilitators { name } topics { slug }", "1\nen", 7)]
    [InlineData(Selection, "2\nen", 7)]
    [InlineData(Selection, "1\nfr", 7)]
    [InlineData(Selection, "1\nen", 8)]
    public void Keys_that_differ_in_any_part_are_not_equal(string selection, string arguments, long slice)
    {
        var key = new MemoKey("Fields.Session", "1\nen", 7, new SharedKeyText(Selection));

        Assert.NotEqual(key, new MemoKey("Fields.Session", arguments, slice, new SharedKeyText(selection)));
        Assert.NotEqual(key, new MemoKey("Fields.Session", "1\nen", 7));
    }
}
