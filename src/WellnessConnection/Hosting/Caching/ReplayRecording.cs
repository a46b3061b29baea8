namespace WellnessConnection.Hosting.Caching;

/// <summary>
/// Set by <see cref="CachedGetReplay"/> on a request it may answer next time (a feature of the request's
/// <see cref="HttpContext"/>). The response cache names the kept response it answered with; a layer whose answer
/// depends on something that may change while that response is kept names the check that must still hold for the
/// answer to be the same.
/// </summary>
internal sealed class ReplayRecording
{
    private List<Func<bool>>? conditions;

    internal string? CacheKey { get; private set; }

    internal CachedResponse? Response { get; private set; }

    internal IReadOnlyList<Func<bool>> Conditions => conditions ?? [];

    /// <summary>Replay this request's answer only while <paramref name="holds"/> returns true.</summary>
    public void RequireStill(Func<bool> holds) => (conditions ??= []).Add(holds);

    internal void AnsweredWith(string cacheKey, CachedResponse response)
    {
        CacheKey = cacheKey;
        Response = response;
    }
}
