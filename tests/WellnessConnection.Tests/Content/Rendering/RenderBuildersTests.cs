using System.Text;
using WellnessConnection.Content.Rendering;

namespace WellnessConnection.Tests.Content.Rendering;

public sealed class RenderBuildersTests
{
    [Fact]
    public void A_builder_given_back_is_lent_again_empty_on_the_same_thread() =>
        OnNewThread(() =>
        {
            var first = RenderBuilders.Rent(100);
            first.Append("text");
            Assert.Equal("text", RenderBuilders.ToStringAndReturn(first));

            var again = RenderBuilders.Rent(10_000);

            Assert.Same(first, again);
            Assert.Equal(0, again.Length);
            Assert.True(again.Capacity >= 10_000);
        });

    [Fact]
    public void Builders_lent_at_the_same_time_are_different() =>
        OnNewThread(() =>
        {
            RenderBuilders.Return(RenderBuilders.Rent(10));
            RenderBuilders.Return(RenderBuilders.Rent(10));

            Assert.NotSame(RenderBuilders.Rent(10), RenderBuilders.Rent(10));
        });

    [Fact]
    public void A_builder_grown_past_the_kept_length_is_not_kept() =>
        OnNewThread(() =>
        {
            var large = RenderBuilders.Rent(10);
            large.Append('x', 100_000);
            RenderBuilders.Return(large);

            Assert.NotSame(large, RenderBuilders.Rent(10));
        });

    [Fact]
    public void Another_thread_never_gets_a_builder_this_one_gave_back()
    {
        var given = RenderBuilders.Rent(10);
        RenderBuilders.Return(given);
        StringBuilder? other = null;

        OnNewThread(() => other = RenderBuilders.Rent(10));

        Assert.NotSame(given, other);
    }

    /// <summary>A thread of its own, so that no other test's builders are kept on it.</summary>
    private static void OnNewThread(Action test)
    {
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                test();
            }
            catch (Exception e)
            {
                failure = e;
            }
        });
        thread.Start();
        thread.Join();
        if (failure is not null)
        {
            throw new Xunit.Sdk.XunitException(failure.ToString());
        }
    }
}
