using Microsoft.EntityFrameworkCore;
using WellnessConnection.GraphQL.Common;
using WellnessConnection.Storage.Entities;

namespace WellnessConnection.GraphQL.Search;

/// <summary>The entities of search matches, one query per kind, through the read model: visible ones only.</summary>
public static class SearchNodes
{
    public static async Task<Dictionary<(string Kind, int Id), DocumentEntity>> LoadAsync(
        ContentRequest request,
        string locale,
        IEnumerable<(string Kind, int Id)> matches,
        CancellationToken cancellationToken
    )
    {
        var nodes = new Dictionary<(string, int), DocumentEntity>();
        foreach (var group in matches.GroupBy(m => m.Kind))
        {
            var ids = group.Select(m => m.Id).ToList();
            IEnumerable<DocumentEntity> entities = group.Key switch
            {
                "Session" => await request
                    .Sessions(locale)
                    .Where(e => ids.Contains(e.Id))
                    .ToListAsync(cancellationToken),
                "Series" => await request.Series(locale).Where(e => ids.Contains(e.Id)).ToListAsync(cancellationToken),
                "Topic" => await request.Topics(locale).Where(e => ids.Contains(e.Id)).ToListAsync(cancellationToken),
                "Facilitator" => await request
                    .Facilitators(locale)
                    .Where(e => ids.Contains(e.Id))
                    .ToListAsync(cancellationToken),
                "Resource" => await request
                    .Resources(locale)
                    .Where(e => ids.Contains(e.Id))
                    .ToListAsync(cancellationToken),
                "CrisisLine" => await request
                    .CrisisLines(locale)
                    .Where(e => ids.Contains(e.Id))
                    .ToListAsync(cancellationToken),
                _ => await request.Pages(locale).Where(e => ids.Contains(e.Id)).ToListAsync(cancellationToken),
            };
            foreach (var entity in entities)
            {
                nodes[(group.Key, entity.Id)] = entity;
            }
        }

        return nodes;
    }
}
