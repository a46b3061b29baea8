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
            var entities = await DocumentsOfType
                .In(request, group.Key, locale)!
                .Where(e => ids.Contains(e.Id))
                .ToListAsync(cancellationToken);
            foreach (var entity in entities)
            {
                nodes[(group.Key, entity.Id)] = entity;
            }
        }

        return nodes;
    }
}
