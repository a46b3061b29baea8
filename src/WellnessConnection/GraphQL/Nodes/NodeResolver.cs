using GraphQL;
using Microsoft.EntityFrameworkCore;
using WellnessConnection.GraphQL.Common;
using WellnessConnection.Storage.Entities;

namespace WellnessConnection.GraphQL.Nodes;

/// <summary>
/// Finds published documents by global id, any type, in the locale each id names (or <c>locale</c> for an id without
/// one), one query per type and locale asked for.
/// </summary>
public static class NodeResolver
{
    public static async Task<List<DocumentEntity?>> ResolveAsync(
        ContentRequest request,
        IReadOnlyList<string> ids,
        string locale,
        CancellationToken cancellationToken
    )
    {
        var decoded = ids.Select(GlobalId.Decode)
            .Select(d => (d.TypeName, d.Slug, Locale: d.Locale ?? locale))
            .ToList();
        var found = new Dictionary<(string, string, string), DocumentEntity>();
        foreach (var group in decoded.GroupBy(d => (d.TypeName, d.Locale)))
        {
            var slugs = group.Select(d => d.Slug).Distinct().ToList();
            IEnumerable<DocumentEntity> entities = await FindAsync(request, group.Key, slugs, cancellationToken)
                ?? throw new ExecutionError(
                    $"\"{ids[decoded.IndexOf(group.First())]}\" is not a valid id: use the `id` a query returned, "
                        + "unchanged."
                )
                {
                    Code = "INVALID_ID",
                };
            foreach (var entity in entities)
            {
                found[(group.Key.TypeName, entity.Slug, group.Key.Locale)] = entity;
            }
        }

        return decoded.Select(d => found.GetValueOrDefault(d)).ToList();
    }

    /// <returns>The documents of one type and locale with these slugs; null for a type that is not a
    /// document.</returns>
    private static async Task<IEnumerable<DocumentEntity>?> FindAsync(
        ContentRequest request,
        (string TypeName, string Locale) kind,
        List<string> slugs,
        CancellationToken cancellationToken
    ) =>
        DocumentsOfType.In(request, kind.TypeName, kind.Locale) is { } documents
            ? await documents.Where(e => slugs.Contains(e.Slug)).ToListAsync(cancellationToken)
            : null;
}
