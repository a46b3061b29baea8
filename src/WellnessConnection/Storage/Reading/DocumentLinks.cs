using Microsoft.EntityFrameworkCore;
using WellnessConnection.Storage.Entities;

namespace WellnessConnection.Storage.Reading;

/// <summary>Documents linked from others through a link table (a session's topics...), in one SQL command.</summary>
public static class DocumentLinks
{
    /// <summary>
    /// The <paramref name="targets"/> each of <paramref name="ids"/> links to through <paramref name="table"/>, in the
    /// order the content lists them. Pass the targets the request may see: a link to a draft then shows nothing.
    /// </summary>
    public static async Task<Dictionary<int, List<T>>> Of<T>(
        ContentDbContext db,
        string table,
        IReadOnlyList<int> ids,
        IQueryable<T> targets,
        CancellationToken ct
    )
        where T : DocumentEntity
    {
        var rows = await db.Set<LinkEntity>(table)
            .Where(l => ids.Contains(l.FromId))
            .Join(
                targets,
                l => l.ToId,
                t => t.Id,
                (l, t) =>
                    new
                    {
                        l.FromId,
                        l.Position,
                        Target = t,
                    }
            )
            .OrderBy(x => x.FromId)
            .ThenBy(x => x.Position)
            .ToListAsync(ct);
        return rows.GroupBy(x => x.FromId).ToDictionary(g => g.Key, g => g.Select(x => x.Target).ToList());
    }
}
