using GraphQL.Types.Relay.DataObjects;

namespace WellnessConnection.GraphQL.Paging;

/// <summary>Cuts one page out of an ordered query in SQL (<c>LIMIT</c>/<c>OFFSET</c>), reading one row more to know if
/// another page follows.</summary>
public static class Pager
{
    public static async Task<Page<T>> PageAsync<T>(
        ConnectionRows<T> query,
        PageRequest request,
        CancellationToken cancellationToken
    )
    {
        int? total = null;
        async Task<int> Count(CancellationToken ct) => total ??= await query.CountAsync(ct);

        var start = (request.AfterIndex ?? -1) + 1;
        var end = request.BeforeIndex;
        int from,
            take;
        bool hasNext,
            hasPrevious;
        IReadOnlyList<T> rows;
        if (request.Last is { } last)
        {
            end ??= await Count(cancellationToken);
            from = Math.Max(start, end.Value - last);
            take = Math.Max(0, end.Value - from);
            // Read even when empty: a bad filter or order is reported whatever the page.
            rows = await query.ReadAsync(from, take, cancellationToken);
            hasPrevious = from > start; // Relay: with `last`, more items in the window than were returned.
            hasNext = request.BeforeIndex is not null;
        }
        else
        {
            var size = request.First ?? PageRequest.DefaultPageSize;
            from = start;
            take = end is { } stop ? Math.Max(0, Math.Min(size, stop - start)) : size;
            // Even for `first: 0` one row is read: whether another page follows depends on it.
            rows = await query.ReadAsync(from, take + 1, cancellationToken);
            hasNext = rows.Count > take || (end is { } before && from + take < before);
            if (rows.Count > take)
            {
                rows = rows.Take(take).ToList();
            }

            hasPrevious = from > 0;
        }

        var edges = rows.Select((row, i) => new Edge<T> { Cursor = Cursor.Encode(from + i), Node = row }).ToList();
        var info = new PageInfo
        {
            HasNextPage = hasNext,
            HasPreviousPage = hasPrevious,
            StartCursor = edges.FirstOrDefault()?.Cursor,
            EndCursor = edges.LastOrDefault()?.Cursor,
        };
        return new Page<T>(edges, info, Count);
    }
}
