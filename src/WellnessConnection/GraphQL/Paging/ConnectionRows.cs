using Microsoft.EntityFrameworkCore;
using WellnessConnection.GraphQL.Common;
using WellnessConnection.GraphQL.Memoization;

namespace WellnessConnection.GraphQL.Paging;

/// <summary>
/// The rows of one connection and their count, read with SQL, or from the request's <see cref="IndexMemo"/> when an
/// earlier request on the same index (and in the same slice of time) read them. The query is built only if SQL is read.
/// </summary>
/// <param name="scope">Which list: the field's parent type and name.</param>
/// <param name="arguments">Its arguments but the paging ones (<see cref="ArgumentKey"/>); null: never memoized.</param>
public sealed class ConnectionRows<T>(
    Func<IOrderedQueryable<T>> query,
    ContentRequest request,
    string scope,
    string? arguments
)
{
    private IOrderedQueryable<T>? built;

    private IOrderedQueryable<T> Query => built ??= query();

    public async Task<int> CountAsync(CancellationToken cancellationToken)
    {
        if (Memo() is not { } memo)
        {
            return await Query.CountAsync(cancellationToken);
        }

        var key = request.MemoKey(scope + "/count", arguments!);
        if (!memo.TryGet(key, out int count))
        {
            count = await Query.CountAsync(cancellationToken);
            memo.Set(key, count, MemoSizes.Small);
        }

        return count;
    }

    /// <summary>The rows from <paramref name="skip"/>, at most <paramref name="take"/>; the list is shared, never
    /// change it.</summary>
    public async Task<IReadOnlyList<T>> ReadAsync(int skip, int take, CancellationToken cancellationToken)
    {
        if (Memo() is not { } memo)
        {
            return await Query.Skip(skip).Take(take).ToListAsync(cancellationToken);
        }

        var key = request.MemoKey($"{scope}/rows/{skip}/{take}", arguments!);
        if (!memo.TryGet<List<T>>(key, out var rows))
        {
            rows = await Query.Skip(skip).Take(take).ToListAsync(cancellationToken);
            memo.Set(key, rows, MemoSizes.Rows(rows));
        }

        return rows;
    }

    private IndexMemo? Memo() => arguments is null ? null : request.Memo;
}
