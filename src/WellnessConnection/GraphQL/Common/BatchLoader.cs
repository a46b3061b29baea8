using GraphQL.DataLoader;

namespace WellnessConnection.GraphQL.Common;

/// <summary>
/// Collects the keys asked for while one level of a query resolves, then fetches them all with one SQL command:
/// 50 sessions' topics cost one query, not 50. One instance per request; the serial execution strategy
/// never calls it from two threads at once.
/// </summary>
/// <param name="fetch">Loads the values of many keys at once; keys it leaves out get <paramref
/// name="missing"/>.</param>
/// <param name="missing">The value of a key without one, e.g. an empty list.</param>
public sealed class BatchLoader<TKey, TValue>(
    Func<IReadOnlyList<TKey>, CancellationToken, Task<Dictionary<TKey, TValue>>> fetch,
    TValue? missing = default
)
    where TKey : notnull
{
    private readonly HashSet<TKey> pending = [];
    private readonly Dictionary<TKey, TValue?> loaded = [];

    public IDataLoaderResult<TValue?> Load(TKey key)
    {
        if (!loaded.ContainsKey(key))
        {
            pending.Add(key);
        }

        return new Result(this, key);
    }

    private async Task<TValue?> GetAsync(TKey key, CancellationToken cancellationToken)
    {
        if (!loaded.ContainsKey(key) && pending.Count > 0)
        {
            var keys = pending.ToList();
            pending.Clear();
            var values = await fetch(keys, cancellationToken);
            foreach (var k in keys)
            {
                loaded[k] = values.TryGetValue(k, out var value) ? value : missing;
            }
        }

        return loaded.GetValueOrDefault(key);
    }

    private sealed class Result(BatchLoader<TKey, TValue> loader, TKey key) : IDataLoaderResult<TValue?>
    {
        public Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default) =>
            loader.GetAsync(key, cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken);
    }
}
