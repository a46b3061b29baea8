using System.Collections.Frozen;
using System.Numerics;
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

    private static readonly FrozenDictionary<Type, Kind> Kinds = new Dictionary<Type, Kind>
    {
        [typeof(SessionEntity)] = new("session", 1 << 0),
        [typeof(SeriesEntity)] = new("series", 1 << 1),
        [typeof(TopicEntity)] = new("topic", 1 << 2),
        [typeof(FacilitatorEntity)] = new("facilitator", 1 << 3),
        [typeof(ResourceEntity)] = new("resource", 1 << 4),
        [typeof(CrisisLineEntity)] = new("crisis-line", 1 << 5),
        [typeof(PageEntity)] = new("page", 1 << 6),
    }.ToFrozenDictionary();

    private static readonly string[] KindNamesInOrder = [.. Kinds.Values.OrderBy(k => k.Bit).Select(k => k.Name)];

    /// <summary>A kind's bit by its name, for its list key.</summary>
    private static readonly FrozenDictionary<string, int> KindBits = Kinds.Values.ToFrozenDictionary(
        k => k.Name,
        k => k.Bit,
        StringComparer.Ordinal
    );

    /// <summary>The bit of <see cref="Search"/> among the list keys, after the kinds'.</summary>
    private static readonly int SearchBit = 1 << Kinds.Count;

    /// <summary>Every list key and its bit, in the order of the header.</summary>
    private static readonly (string Key, int Bit)[] ListKeysInOrder =
    [
        .. Kinds
            .Values.Select(k => (Key: ListKey(k.Name), k.Bit))
            .Append((Key: Search, Bit: SearchBit))
            .OrderBy(k => k.Key, StringComparer.Ordinal),
    ];

    // Named documents while a response is read (a list of items adds each item's documents), sorted once for the
    // header; the list keys as bits (a kind's bit for its list key, SearchBit).
    private readonly HashSet<NamedKey> documents = [];
    private int lists;

    // The kinds of every document recorded, one bit each. Past MaxKeys keys the documents are named by their kinds'
    // list keys, and the keys only grow: from then on a document needs its kind's bit, not its key.
    private int kindsShown;
    private bool tooManyToName;
    private string[]? restored;

    /// <summary>Every kind's key stem, e.g. <c>session</c>.</summary>
    public static IReadOnlyCollection<string> KindNames => KindNamesInOrder;

    public static string KindOf(Type entity) => KindFor(entity).Name;

    public static string ListKey(string kind) => kind + "-list";

    /// <summary>The response shows <paramref name="document"/>.</summary>
    public void Record(DocumentEntity document)
    {
        var kind = KindFor(document.GetType());
        kindsShown |= kind.Bit;
        if (!tooManyToName)
        {
            documents.Add(new NamedKey(kind.Name + ":" + document.Slug));
            CheckCount();
        }
    }

    /// <summary>The response lists documents of <paramref name="kind"/> (see <see cref="KindOf"/>), or found none
    /// where one may appear.</summary>
    public void RecordList(string kind)
    {
        lists |= KindBits.TryGetValue(kind, out var bit)
            ? bit
            : throw new ArgumentException($"{kind} is not a kind of document.", nameof(kind));
        CheckCount();
    }

    /// <summary>The response ranks documents of every kind.</summary>
    public void RecordSearch()
    {
        lists |= SearchBit;
        CheckCount();
    }

    /// <summary>Records what <paramref name="other"/> recorded.</summary>
    public void Add(ServedDocuments other)
    {
        kindsShown |= other.kindsShown;
        lists |= other.lists;
        if (other.tooManyToName)
        {
            NameByKind();
        }
        else if (!tooManyToName)
        {
            foreach (var document in other.documents)
            {
                documents.Add(document);
            }
        }

        CheckCount();
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

            var listed = tooManyToName ? lists | kindsShown : lists;
            var keys = new List<string>(1 + BitOperations.PopCount((uint)listed) + documents.Count) { Everything };
            foreach (var (key, bit) in ListKeysInOrder)
            {
                if ((listed & bit) != 0)
                {
                    keys.Add(key);
                }
            }

            var named = new string[documents.Count];
            var i = 0;
            foreach (var document in documents)
            {
                named[i++] = document.Key;
            }

            Array.Sort(named, StringComparer.Ordinal);
            keys.AddRange(named);
            return keys;
        }
    }

    private static Kind KindFor(Type entity) =>
        Kinds.TryGetValue(entity, out var kind)
            ? kind
            : throw new ArgumentException($"{entity.Name} is not a document entity.", nameof(entity));

    private void CheckCount()
    {
        if (!tooManyToName && documents.Count + BitOperations.PopCount((uint)lists) > MaxKeys)
        {
            NameByKind();
        }
    }

    private void NameByKind()
    {
        tooManyToName = true;
        documents.Clear();
    }

    private sealed record Kind(string Name, int Bit);

    /// <summary>A document's key with its hash, computed once: a response adds the keys its memoized parts kept, a
    /// few from each of many, and would otherwise hash each again.</summary>
    private readonly struct NamedKey(string key) : IEquatable<NamedKey>
    {
        private readonly int hash = StringComparer.Ordinal.GetHashCode(key);

        public string Key => key;

        public bool Equals(NamedKey other) =>
            hash == other.hash && string.Equals(Key, other.Key, StringComparison.Ordinal);

        public override bool Equals(object? obj) => obj is NamedKey other && Equals(other);

        public override int GetHashCode() => hash;
    }
}
