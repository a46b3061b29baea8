using System.Collections.Frozen;
using WellnessConnection.Content.Model;

namespace WellnessConnection.Storage.Indexing.Rows;

/// <summary>Every kind of document the index holds, each with the class that makes its rows.</summary>
public static class DocumentRowKinds
{
    private static readonly FrozenDictionary<Type, object> ByDocumentType = new Dictionary<Type, object>
    {
        [typeof(Session)] = new SessionRows(),
        [typeof(Series)] = new SeriesRows(),
        [typeof(Topic)] = new TopicRows(),
        [typeof(Facilitator)] = new FacilitatorRows(),
        [typeof(Page)] = new PageRows(),
        [typeof(CrisisLine)] = new CrisisLineRows(),
        [typeof(Resource)] = new ResourceRows(),
    }.ToFrozenDictionary();

    public static IDocumentRows<T> For<T>()
        where T : ContentDocument =>
        ByDocumentType.TryGetValue(typeof(T), out var rows)
            ? (IDocumentRows<T>)rows
            : throw new ArgumentException($"{typeof(T).Name} is not indexed.", nameof(T));
}
