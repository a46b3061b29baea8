using Microsoft.EntityFrameworkCore;
using WellnessConnection.Content.Model;

namespace WellnessConnection.Storage.Reading;

/// <summary>
/// The instants at which "now" changes what an index shows: a session stops being upcoming when it ends
/// (<c>EndsAt &gt; now</c>) and becomes visible when its <c>publishAt</c> comes (<c>PublishAt &lt;= now</c>). Between
/// two such instants every query answers the same, so results can be kept per slice of time. Any other
/// comparison with "now" in a query must add its instants here, in both ways of finding them: from the content an
/// index is built of (<see cref="Of"/>), and from an index alone (<see cref="Read"/>, for one opened from a bundle).
/// </summary>
public sealed class VisibilityChanges
{
    private readonly long[] instants;

    private VisibilityChanges(long[] instants) => this.instants = instants;

    /// <summary>The instants, in ticks, ascending, each once.</summary>
    internal IReadOnlyList<long> Instants => instants;

    /// <summary>
    /// From the sessions an index is built of, each locale's as its row stores it (in UTC): no query, where the
    /// first request on a new index used to wait 30 to 40 ms for one (10,000 sessions: this takes 4 to 10 ms).
    /// </summary>
    public static VisibilityChanges Of(IEnumerable<Localized<Session>> sessions)
    {
        var ticks = new List<long>();
        foreach (var session in sessions)
        {
            Add(ticks, session.English);
            if (session.French is { } french)
            {
                Add(ticks, french);
            }
        }

        return new VisibilityChanges(SortedOnce(ticks));
    }

    /// <summary>From an index's rows, by one query.</summary>
    public static VisibilityChanges Read(ContentIndex index)
    {
        using var db = index.CreateContext();
        // Each instant once, by one query: both languages of a session share its times, and sessions end together.
        // At 10,000 sessions, 5,000 instants instead of 20,000 rows: half the time of the first request on an index.
        var instants = db
            .Sessions.Select(s => s.EndsAt)
            .Union(db.Sessions.Where(s => s.PublishAt != null).Select(s => s.PublishAt!.Value))
            .ToList();
        return From(instants);
    }

    /// <param name="utcInstants">UTC instants, in any order, repeats allowed.</param>
    public static VisibilityChanges From(IEnumerable<DateTime> utcInstants) =>
        new(SortedOnce([.. utcInstants.Select(i => i.Ticks)]));

    /// <summary>
    /// The slice <paramref name="utcNow"/> falls in, named by the first change after it (in ticks; <c>long.MaxValue</c>
    /// after the last one). Each comparison changes its answer exactly at an instant of the list (<c>&gt; now</c>
    /// turns false at it, <c>&lt;= now</c> turns true at it), so two moments with the same slice see the same results.
    /// </summary>
    public long SliceOf(DateTime utcNow)
    {
        var now = utcNow.Ticks;
        var index = Array.BinarySearch(instants, now);
        // Found: the change at `now` has happened; the slice runs to the next one. Not found: ~index is the next one.
        var next = index >= 0 ? index + 1 : ~index;
        return next < instants.Length ? instants[next] : long.MaxValue;
    }

    // What the session's row stores (Indexing/Rows/SessionRows.cs).
    private static void Add(List<long> ticks, Session session)
    {
        ticks.Add(session.EndsAt.UtcDateTime.Ticks);
        if (session.PublishAt is { } publishAt)
        {
            ticks.Add(publishAt.UtcDateTime.Ticks);
        }
    }

    private static long[] SortedOnce(List<long> ticks)
    {
        ticks.Sort();
        var kept = 0;
        for (var i = 0; i < ticks.Count; i++)
        {
            if (kept == 0 || ticks[i] != ticks[kept - 1])
            {
                ticks[kept++] = ticks[i];
            }
        }

        return [.. ticks[..kept]];
    }
}
