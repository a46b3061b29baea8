using GraphQL;
using Microsoft.EntityFrameworkCore;
using WellnessConnection.GraphQL.Common;
using WellnessConnection.Storage.Entities;

namespace WellnessConnection.GraphQL.Nodes;

/// <summary>Finds published documents by global id, any type, one query per type asked for.</summary>
public static class NodeResolver
{
    public static async Task<List<DocumentEntity?>> ResolveAsync(
        ContentRequest request,
        IReadOnlyList<string> ids,
        string locale,
        CancellationToken cancellationToken
    )
    {
        var decoded = ids.Select(GlobalId.Decode).ToList();
        var found = new Dictionary<(string, string), DocumentEntity>();
        foreach (var group in decoded.GroupBy(d => d.TypeName))
        {
            var slugs = group.Select(d => d.Slug).Distinct().ToList();
            IEnumerable<DocumentEntity> entities = group.Key switch
            {
                "Session" => await request
                    .Sessions(locale)
                    .Where(e => slugs.Contains(e.Slug))
                    .ToListAsync(cancellationToken),
                "Series" => await request
                    .Series(locale)
                    .Where(e => slugs.Contains(e.Slug))
                    .ToListAsync(cancellationToken),
                "Topic" => await request
                    .Topics(locale)
                    .Where(e => slugs.Contains(e.Slug))
                    .ToListAsync(cancellationToken),
                "Facilitator" => await request
                    .Facilitators(locale)
                    .Where(e => slugs.Contains(e.Slug))
                    .ToListAsync(cancellationToken),
                "Resource" => await request
                    .Resources(locale)
                    .Where(e => slugs.Contains(e.Slug))
                    .ToListAsync(cancellationToken),
                "CrisisLine" => await request
                    .CrisisLines(locale)
                    .Where(e => slugs.Contains(e.Slug))
                    .ToListAsync(cancellationToken),
                "Page" => await request.Pages(locale).Where(e => slugs.Contains(e.Slug)).ToListAsync(cancellationToken),
                _ => throw new ExecutionError(
                    $"\"{ids[decoded.IndexOf(group.First())]}\" is not a valid id: use the `id` a query returned, "
                        + $"unchanged."
                )
                {
                    Code = "INVALID_ID",
                },
            };
            foreach (var entity in entities)
            {
                found[(group.Key, entity.Slug)] = entity;
            }
        }

        return decoded.Select(d => found.GetValueOrDefault(d)).ToList();
    }
}
