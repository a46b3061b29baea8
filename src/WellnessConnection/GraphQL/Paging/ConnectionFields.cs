using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using WellnessConnection.GraphQL.Common;
using WellnessConnection.GraphQL.Filtering;
using WellnessConnection.GraphQL.Memoization;
using WellnessConnection.GraphQL.Sorting;

namespace WellnessConnection.GraphQL.Paging;

/// <summary>
/// The one mechanism behind every list: a connection field with <c>where</c>, <c>order</c> and Relay paging,
/// translated to one SQL query (plus a COUNT when <c>totalCount</c> is asked for).
/// </summary>
public static class ConnectionFields
{
    /// <summary>Paging is the page's business, not the list's: every page of a list shares its count.</summary>
    private static readonly HashSet<string> PagingArguments = new(StringComparer.Ordinal)
    {
        "first",
        "after",
        "last",
        "before",
    };

    public static FieldBuilder<TSource, object> Connection<TSource, TNodeType, TEntity, TFilterInput, TSortInput>(
        this ObjectGraphType<TSource> type,
        string name,
        FilterDefinition<TEntity> filter,
        SortDefinition<TEntity> sort,
        Func<IResolveFieldContext<TSource>, ContentRequest, IQueryable<TEntity>> source
    )
        where TNodeType : IGraphType
        where TFilterInput : IInputObjectGraphType
        where TSortInput : IInputObjectGraphType =>
        type.Field<NonNullGraphType<ConnectionGraphType<TNodeType>>>(name)
            .Argument<TFilterInput>("where", "Only the items that match.")
            .Argument<ListGraphType<NonNullGraphType<TSortInput>>>(
                "order",
                "The order of the items; ties are broken by the next item."
            )
            .Argument<IntGraphType>(
                "first",
                $"Page forwards: at most this many items (default {PageRequest.DefaultPageSize}, at most "
                    + $"{PageRequest.MaxPageSize})."
            )
            .Argument<StringGraphType>("after", "The cursor after which the page starts.")
            .Argument<IntGraphType>(
                "last",
                $"Page backwards: at most this many items (at most {PageRequest.MaxPageSize})."
            )
            .Argument<StringGraphType>("before", "The cursor before which the page ends.")
            .ResolveAsync(async context =>
            {
                var request = context.RequestServices!.Request();
                var page = PageRequest.From(context);
                var where = context.GetArgument<Dictionary<string, object?>?>("where");
                var order = context.GetArgument<List<object?>?>("order");
                // Built only if SQL is read, from a copy of the context: GraphQL.NET reuses the original for other
                // fields.
                var kept = new ResolveFieldContext<TSource>(context);
                var rows = new ConnectionRows<TEntity>(
                    () => sort.Apply(filter.Apply(source(kept, request), where), order),
                    request,
                    $"{context.ParentType.Name}.{context.FieldDefinition.Name}",
                    ArgumentKey.Of(context, PagingArguments)
                );
                return await Pager.PageAsync(rows, page, context.CancellationToken);
            });
}
