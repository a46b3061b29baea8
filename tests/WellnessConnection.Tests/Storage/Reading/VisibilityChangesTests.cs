using WellnessConnection.Storage.Reading;

namespace WellnessConnection.Tests.Storage.Reading;

public sealed class VisibilityChangesTests
{
    private static readonly DateTime Nine = new(2026, 12, 1, 9, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Ten = Nine.AddHours(1);

    private readonly VisibilityChanges changes = VisibilityChanges.From([Ten, Nine, Ten]);

    [Fact]
    public void Each_instant_is_kept_once_in_order()
    {
        Assert.Equal([Nine.Ticks, Ten.Ticks], changes.Instants);
    }

    [Fact]
    public void Moments_between_two_changes_share_a_slice()
    {
        Assert.Equal(changes.SliceOf(Nine.AddMinutes(1)), changes.SliceOf(Ten.AddTicks(-1)));
    }

    [Fact]
    public void A_change_starts_a_new_slice_at_its_very_instant()
    {
        Assert.NotEqual(changes.SliceOf(Nine.AddTicks(-1)), changes.SliceOf(Nine));
        Assert.Equal(changes.SliceOf(Nine), changes.SliceOf(Nine.AddMinutes(59)));
        Assert.NotEqual(changes.SliceOf(Ten.AddTicks(-1)), changes.SliceOf(Ten));
    }

    [Fact]
    public void After_the_last_change_time_no_longer_matters()
    {
        Assert.Equal(long.MaxValue, changes.SliceOf(Ten));
        Assert.Equal(long.MaxValue, changes.SliceOf(Ten.AddYears(3)));
    }
}
