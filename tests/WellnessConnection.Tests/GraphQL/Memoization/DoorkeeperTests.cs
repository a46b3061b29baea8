using WellnessConnection.GraphQL.Memoization;

namespace WellnessConnection.Tests.GraphQL.Memoization;

public sealed class DoorkeeperTests
{
    [Fact]
    public void A_key_is_seen_from_its_second_offer_on()
    {
        var doorkeeper = new Doorkeeper(16);

        Assert.False(doorkeeper.SeenBefore(42));
        Assert.True(doorkeeper.SeenBefore(42));
        Assert.True(doorkeeper.SeenBefore(42));
    }

    [Fact]
    public void A_key_that_shares_both_its_slots_makes_the_other_unseen_again()
    {
        var doorkeeper = new Doorkeeper(16);

        doorkeeper.SeenBefore(1);
        doorkeeper.SeenBefore(17);

        Assert.False(doorkeeper.SeenBefore(1));
    }

    [Fact]
    public void Two_keys_that_share_one_slot_and_are_asked_in_turn_are_both_seen()
    {
        var doorkeeper = new Doorkeeper(16);
        const ulong first = 1 | (2UL << 32);
        const ulong second = 1 | (3UL << 32);

        doorkeeper.SeenBefore(first);
        doorkeeper.SeenBefore(second);

        Assert.True(doorkeeper.SeenBefore(first));
        Assert.True(doorkeeper.SeenBefore(second));
    }

    [Fact]
    public void The_fingerprint_of_a_hex_hash_is_its_first_sixteen_digits() =>
        Assert.Equal(
            0x3b46099f8a0ec9c6UL,
            Doorkeeper.FingerprintOfHex("3b46099f8a0ec9c6846c893ed8e90875801dc26073c272fcb5b3977e4bb1429c")
        );
}
