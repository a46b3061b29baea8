using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using WellnessConnection.Hosting.Caching;

namespace WellnessConnection.Tests.Hosting.Caching;

public sealed class ReplayTableTests : IDisposable
{
    private const string Version = "d39dd9e5387254d7";
    private const string CacheKey = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    private static readonly DateTimeOffset Now = new(2026, 12, 6, 12, 0, 0, TimeSpan.Zero);

    private readonly ResponseCache cache = new(Options.Create(new ResponseCacheOptions()));
    private readonly IConfigurationRoot configuration = new ConfigurationBuilder().AddInMemoryCollection().Build();
    private readonly ReplayTable table;

    public ReplayTableTests() => table = new ReplayTable(cache, configuration);

    [Fact]
    public void A_recorded_answer_is_found_while_its_response_is_kept_fresh_and_of_the_public_version()
    {
        var response = Kept(CacheKey);
        table.Record(Replay("request", CacheKey, response));

        Assert.NotNull(table.Find("request", Now.AddSeconds(59), Version));
        Assert.Null(table.Find("other request", Now, Version));
        Assert.Null(table.Find("request", Now.AddSeconds(60), Version));
        Assert.Null(table.Find("request", Now, "e39dd9e5387254d7"));
    }

    [Fact]
    public void An_answer_is_not_given_with_a_later_response_kept_under_the_same_key()
    {
        // Same key and version, a later body (upcoming sessions move on with the clock): other headers (ETag).
        table.Record(Replay("request", CacheKey, Kept(CacheKey)));
        Kept(CacheKey);

        Assert.Null(table.Find("request", Now, Version));
    }

    [Fact]
    public void An_answer_whose_check_fails_is_not_given()
    {
        var holds = true;
        table.Record(Replay("request", CacheKey, Kept(CacheKey), () => holds));
        Assert.NotNull(table.Find("request", Now, Version));

        holds = false;

        Assert.Null(table.Find("request", Now, Version));
    }

    [Fact]
    public void A_change_of_settings_forgets_every_answer()
    {
        table.Record(Replay("request", CacheKey, Kept(CacheKey)));

        configuration.Reload();

        Assert.Null(table.Find("request", Now, Version));
    }

    [Fact]
    public void The_table_holds_a_bounded_number_of_characters()
    {
        var large = new string('q', ReplayTable.MaxEntryCharacters);
        table.Record(Replay(large, CacheKey, Kept(CacheKey)));
        Assert.Null(table.Find(large, Now, Version));

        // Each answer about 8 K characters: the table starts again empty before it holds 4 MB.
        var keys = Enumerable
            .Range(0, 2 * ReplayTable.MaxCharacters / 8000)
            .Select(i => $"{i}:{new string('q', 8000)}")
            .ToList();
        var response = Kept(CacheKey);
        foreach (var key in keys)
        {
            table.Record(Replay(key, CacheKey, response));
        }

        var found = keys.Count(key => table.Find(key, Now, Version) is not null);
        Assert.InRange(found, 1, ReplayTable.MaxCharacters / 8000);
    }

    [Fact]
    public void An_answer_recorded_again_takes_the_place_of_the_one_before()
    {
        var response = Kept(CacheKey);
        table.Record(Replay("other request", CacheKey, response));

        // The same request recorded again and again (each time its response is made anew): the table holds one
        // answer for it, and does not fill up and start again empty.
        var request = new string('q', 8000);
        for (var time = 0; time < 4 * ReplayTable.MaxCharacters / 8000; time++)
        {
            table.Record(Replay(request, CacheKey, response));
        }

        Assert.NotNull(table.Find("other request", Now, Version));
        Assert.NotNull(table.Find(request, Now, Version));
    }

    public void Dispose()
    {
        table.Dispose();
        cache.Dispose();
    }

    private CachedResponse Kept(string key)
    {
        var response = new CachedResponse(
            "{\"data\":{}}"u8.ToArray(),
            Version,
            key,
            new Freshness(TimeSpan.FromSeconds(60), TimeSpan.Zero),
            Now,
            []
        );
        cache.Keep(key, response);
        return response;
    }

    private static ReplayVariant Replay(
        string requestKey,
        string cacheKey,
        CachedResponse response,
        Func<bool>? holds = null
    ) =>
        new(requestKey, cacheKey, response.Id, [new("Content-Type", "application/json")], holds is null ? [] : [holds]);
}
