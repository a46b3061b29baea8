using System.Collections;
using WellnessConnection.Storage.Reading;

namespace WellnessConnection.GraphQL.Memoization;

/// <summary>
/// A list of document objects answered whole from the memo (<see cref="MemoizingExecutionStrategy"/>): the list
/// node's serialized result, written item by item as the JSON each object was written as, with the documents each
/// shows (for the response's surrogate keys).
/// </summary>
internal sealed class MemoizedItems(RawJson[] items, ServedDocuments[] served) : IEnumerable
{
    /// <summary>The documents each item shows.</summary>
    public IReadOnlyList<ServedDocuments> Served => served;

    public IEnumerator GetEnumerator() => items.GetEnumerator();
}
