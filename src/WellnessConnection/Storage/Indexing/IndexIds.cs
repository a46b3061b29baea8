using WellnessConnection.Content.Loading;
using WellnessConnection.Content.Schema;

namespace WellnessConnection.Storage.Indexing;

/// <summary>
/// The row id of every document in every locale, and the next free ids. Ids are given to every document of a run
/// before any is written, in file order (all English rows of a type, then all French ones), so that a document can
/// link to one written after it. A patched index keeps the ids of the documents it keeps; a new document takes the
/// next free id, and the id of a removed one is never given again. Ids are internal: orders use the source path.
/// </summary>
public sealed class IndexIds
{
    private readonly Dictionary<(DocumentKind Kind, string Slug, string Locale), int> ids;
    private readonly Dictionary<DocumentKind, int> lastIds;
    private int lastBodyId;

    public IndexIds()
        : this([], [], 0) { }

    private IndexIds(
        Dictionary<(DocumentKind, string, string), int> ids,
        Dictionary<DocumentKind, int> lastIds,
        int lastBodyId
    )
    {
        this.ids = ids;
        this.lastIds = lastIds;
        this.lastBodyId = lastBodyId;
    }

    public IReadOnlyCollection<DocumentKey> Documents =>
        [.. ids.Keys.Where(k => k.Locale == IndexRows.Locales[0]).Select(k => new DocumentKey(k.Kind, k.Slug))];

    /// <summary>A copy to patch, leaving this one as the index in service has it.</summary>
    public IndexIds Clone() => new(new(ids), new(lastIds), lastBodyId);

    /// <summary>Gives an id in every locale to each document that has none yet.</summary>
    public void Assign(IEnumerable<DocumentKey> documents)
    {
        var list = documents as IReadOnlyList<DocumentKey> ?? [.. documents];
        foreach (var locale in IndexRows.Locales)
        {
            foreach (var (kind, slug) in list)
            {
                if (!ids.ContainsKey((kind, slug, locale)))
                {
                    var next = lastIds.GetValueOrDefault(kind) + 1;
                    lastIds[kind] = next;
                    ids[(kind, slug, locale)] = next;
                }
            }
        }
    }

    public int Of(DocumentKind kind, string slug, string locale) => ids[(kind, slug, locale)];

    public bool TryGet(DocumentKind kind, string slug, string locale, out int id) =>
        ids.TryGetValue((kind, slug, locale), out id);

    /// <summary>The ids of <paramref name="document"/> in every locale.</summary>
    public IEnumerable<int> AllOf(DocumentKey document) =>
        IndexRows
            .Locales.Select(l => ids.TryGetValue((document.Kind, document.Slug, l), out var id) ? id : 0)
            .Where(id => id > 0);

    public void Forget(DocumentKey document)
    {
        foreach (var locale in IndexRows.Locales)
        {
            ids.Remove((document.Kind, document.Slug, locale));
        }
    }

    public int NextBodyId() => ++lastBodyId;
}
