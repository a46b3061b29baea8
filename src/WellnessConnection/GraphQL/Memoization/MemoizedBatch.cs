using System.Globalization;
using WellnessConnection.GraphQL.Common;

namespace WellnessConnection.GraphQL.Memoization;

/// <summary>
/// A batch fetch (see <see cref="BatchLoader{TKey, TValue}"/>) whose results are kept in the request's
/// <see cref="IndexMemo"/>, key by key: the keys already read from this index are answered from memory, only the
/// others go to SQL. A request that previews has no memo and always reads SQL.
/// </summary>
public static class MemoizedBatch
{
    public static Func<IReadOnlyList<int>, CancellationToken, Task<Dictionary<int, T>>> Of<T>(
        ContentRequest request,
        string scope,
        Func<T, long> sizeBytes,
        Func<IReadOnlyList<int>, CancellationToken, Task<Dictionary<int, T>>> fetch
    ) =>
        async (ids, cancellationToken) =>
        {
            if (request.Memo is not { } memo)
            {
                return await fetch(ids, cancellationToken);
            }

            var values = new Dictionary<int, T>(ids.Count);
            var missing = new List<int>();
            foreach (var id in ids)
            {
                if (!memo.TryGet<object>(Key(request, scope, id), out var kept))
                {
                    missing.Add(id);
                }
                else if (kept is T value)
                {
                    values[id] = value;
                }
            }

            if (missing.Count > 0)
            {
                var fetched = await fetch(missing, cancellationToken);
                foreach (var id in missing)
                {
                    if (fetched.TryGetValue(id, out var value))
                    {
                        values[id] = value;
                        memo.Set<object>(Key(request, scope, id), value!, sizeBytes(value));
                    }
                    else
                    {
                        memo.Set<object>(Key(request, scope, id), Absent.Instance, 64);
                    }
                }
            }

            return values;
        };

    /// <summary>
    /// What the memo holds for <paramref name="id"/>, without waiting for a batch: a resolver that finds it can answer
    /// at once instead of deferring its field to the batch loader. <see cref="Absent"/> when the fetch had nothing.
    /// </summary>
    public static bool TryKnown(ContentRequest request, string scope, int id, out object? kept)
    {
        kept = null;
        return request.Memo is { } memo && memo.TryGet(Key(request, scope, id), out kept);
    }

    private static MemoKey Key(ContentRequest request, string scope, int id) =>
        request.MemoKey(scope, id.ToString(CultureInfo.InvariantCulture));
}
