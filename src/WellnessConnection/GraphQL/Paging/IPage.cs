using GraphQL.Types.Relay.DataObjects;

namespace WellnessConnection.GraphQL.Paging;

/// <summary>What <see cref="ConnectionGraphType{TNodeType}"/> reads of a <see cref="Page{T}"/>, whatever its item
/// type.</summary>
public interface IPage
{
    IEnumerable<object> NodeObjects { get; }

    IEnumerable<object> EdgeObjects { get; }

    PageInfo PageInfo { get; }

    Task<int> CountAsync(CancellationToken cancellationToken);
}
