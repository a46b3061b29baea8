using System.Collections.Frozen;
using WellnessConnection.Storage.Entities;

namespace WellnessConnection.Storage.Reading;

/// <summary>
/// The documents one response shows, as surrogate keys for its <c>Surrogate-Key</c> and <c>Cache-Tag</c> headers,
/// so that a CDN purges only the responses an edit changed. The keys:
/// <list type="bullet">
/// <item><c>session:SLUG</c> (and <c>topic:</c>, <c>facilitator:</c>…): a document the response shows;</item>
/// <item><c>session-list</c> (and <c>topic-list</c>…): the response lists documents of that kind, or looked for one
/// that was not there, so a document added, removed or re-sorted may change it;</item>
/// <item><c>search</c>: the response ranks documents of every kind;</item>
/// <item><c>content</c>: every response computed from content.</item>
/// </list>
/// The purge rule that makes them correct: when a document of kind K and slug S is added, changed or removed,
/// purge <c>K:S</c>, <c>K-list</c> and <c>search</c>; purge <c>content</c> to drop everything. A response with more
/// than <see cref="MaxKeys"/> keys names, instead of each document, the list key of its kind, which that rule
/// purges as well.
/// </summary>
public sealed class ServedDocuments
{
    public const string Everything = "content";
    public const string Search = "search";

    /// <summary>CDNs cap the header (Fastly at 16 KB, Cloudflare at 16 KB in all); this stays well under.</summary>
    public const int MaxKeys = 64;

    private static readonly FrozenDictionary<Type, string> Kinds = new Dictionary<Type, string>
    {
        [typeof(SessionEntity)] = "session",
        [typeof(SeriesEntity)] = "series",
        [typeof(TopicEntity)] = "topic",
        [typeof(FacilitatorEntity)] = "facilitator",
        [typeof(ResourceEntity)] = "resource",
        [typeof(CrisisLineEntity)] = "crisis-line",
        [typeof(PageEntity)] = "page",
    }.ToFrozenDictionary();

    // Sets while a response is read (a list of items adds each item's documents), sorted once for the header.
    private readonly HashSet<string> documents = new(StringComparer.Ordinal);
    private readonly HashSet<string> lists = new(StringComparer.Ordinal);
    private string[]? restored;

    /// <summary>Every kind's key stem, e.g. <c>session</c>.</summary>
    public static IReadOnlyCollection<string> KindNames => Kinds.Values;

    public static string KindOf(Type entity) =>
        Kinds.TryGetValue(entity, out var kind)
            ? kind
            : throw new ArgumentException($"{entity.Name} is not a document entity.", nameof(entity));

    public static string ListKey(string kind) => kind + "-list";

    /// <summary>The response shows <paramref name="document"/>.</summary>
    public void Record(DocumentEntity document) => documents.Add(KindOf(document.GetType()) + ":" + document.Slug);

    /// <summary>The response lists documents of <paramref name="kind"/> (see <see cref="KindOf"/>), or found none
    /// where one may appear.</summary>
    public void RecordList(string kind) => lists.Add(ListKey(kind));

    /// <summary>The response ranks documents of every kind.</summary>
    public void RecordSearch() => lists.Add(Search);

    /// <summary>Records what <paramref name="other"/> recorded.</summary>
    public void Add(ServedDocuments other)
    {
        documents.UnionWith(other.documents);
        lists.UnionWith(other.lists);
    }

    /// <summary>The keys of a response kept by a cache, for the request it answers again.</summary>
    public void Restore(IReadOnlyList<string> keys) => restored = [.. keys];

    /// <summary>The response's keys, <see cref="Everything"/> first; at most <see cref="MaxKeys"/> and a few list
    /// keys.</summary>
    public IReadOnlyList<string> Keys
    {
        get
        {
            if (restored is not null)
            {
                return restored;
            }

            var named = documents.ToArray();
            var listed = lists.ToArray();
            if (listed.Length + named.Length > MaxKeys)
            {
                listed = [.. lists.Union(named.Select(d => ListKey(d[..d.IndexOf(':')])), StringComparer.Ordinal)];
                named = [];
            }

            Array.Sort(listed, StringComparer.Ordinal);
            Array.Sort(named, StringComparer.Ordinal);
            return [Everything, .. listed, .. named];
        }
    }
}
