using GraphQL.Types;
using GraphQL.Types.Relay;

namespace WellnessConnection.GraphQL.Paging;

/// <summary>A cursor connection as Hot Chocolate shapes it: <c>nodes</c>, <c>edges</c>, <c>pageInfo</c>,
/// <c>totalCount</c>.</summary>
public sealed class ConnectionGraphType<TNodeType> : ObjectGraphType<IPage>
    where TNodeType : IGraphType
{
    public ConnectionGraphType()
    {
        var node = typeof(TNodeType).Name.Replace("GraphType", "", StringComparison.Ordinal);
        Name = $"{node}Connection";
        Description = $"A page of {node} items.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>("nodes")
            .Description("The items of this page.")
            .Resolve(context => context.Source.NodeObjects);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EdgeType<TNodeType>>>>>("edges")
            .Description("The items of this page, each with its cursor.")
            .Resolve(context => context.Source.EdgeObjects);
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Resolve(context => context.Source.PageInfo);
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("The number of items in the whole list, all pages together.")
            .ResolveAsync(async context => (object?)await context.Source.CountAsync(context.CancellationToken));
    }
}
