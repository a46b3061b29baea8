using System.Runtime.InteropServices;
using WellnessConnection.Hosting.Caching;

namespace WellnessConnection.Tests.Hosting.Caching;

public sealed class CachedResponseTests
{
    private static readonly Freshness Fresh = new(TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(300));
    private static readonly DateTimeOffset At = new(2026, 12, 6, 5, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_compacted_response_is_the_same_response_with_a_body_of_its_own_size()
    {
        var buffer = new byte[4096];
        "{\"data\":{}}"u8.CopyTo(buffer);
        var response = new CachedResponse(buffer.AsMemory(0, 11), "v1", "key", Fresh, At, ["topic/sleep"]);

        var compact = response.Compact();

        Assert.True(MemoryMarshal.TryGetArray(compact.Body, out var bytes));
        Assert.Equal(11, bytes.Array!.Length);
        Assert.Equal(response.Body.ToArray(), compact.Body.ToArray());
        Assert.Equal(response.EntityTagFor("application/json"), compact.EntityTagFor("application/json"));
        Assert.Equal(
            (response.ContentVersion, response.Freshness, response.StoredAt, response.SurrogateKeys),
            (compact.ContentVersion, compact.Freshness, compact.StoredAt, compact.SurrogateKeys)
        );
    }

    [Fact]
    public void A_response_whose_body_is_already_its_own_size_is_kept_as_it_is()
    {
        var response = new CachedResponse("{\"data\":{}}"u8.ToArray(), "v1", "key", Fresh, At, []);

        Assert.Same(response, response.Compact());
    }
}
