using GraphQL.Types.Relay.DataObjects;

namespace WellnessConnection.GraphQL.Paging;

/// <summary>One page of a connection. The total is counted only when a client asks for <c>totalCount</c>.</summary>
public sealed class Page<T>(IReadOnlyList<Edge<T>> edges, PageInfo pageInfo, Func<CancellationToken, Task<int>> count)
    : IPage
{
    public IReadOnlyList<Edge<T>> Edges { get; } = edges;

    public IEnumerable<T> Nodes => Edges.Select(e => e.Node!);

    IEnumerable<object> IPage.NodeObjects => Nodes.Cast<object>();

    IEnumerable<object> IPage.EdgeObjects => Edges;

    public PageInfo PageInfo { get; } = pageInfo;

    public Task<int> CountAsync(CancellationToken cancellationToken) => count(cancellationToken);
}
