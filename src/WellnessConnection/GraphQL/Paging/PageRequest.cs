using GraphQL;

namespace WellnessConnection.GraphQL.Paging;

/// <summary>The Relay paging arguments of a connection field, checked: page sizes are capped, cursors must be
/// ours.</summary>
public sealed record PageRequest(int? First, int? AfterIndex, int? Last, int? BeforeIndex)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 100;

    public static PageRequest From(IResolveFieldContext context)
    {
        var first = context.GetArgument<int?>("first");
        var last = context.GetArgument<int?>("last");
        if (first is not null && last is not null)
        {
            throw Error("Give `first` (to page forwards) or `last` (to page backwards), not both.");
        }

        foreach (var (name, value) in new[] { ("first", first), ("last", last) })
        {
            if (value is < 0 or > MaxPageSize)
            {
                throw Error(
                    $"`{name}` is {value}; it must be between 0 and {MaxPageSize}. Page through longer lists with "
                        + $"`after: pageInfo.endCursor`."
                );
            }
        }

        return new PageRequest(
            first,
            Cursor.Decode(context.GetArgument<string?>("after"), "after"),
            last,
            Cursor.Decode(context.GetArgument<string?>("before"), "before")
        );
    }

    private static ExecutionError Error(string message) => new(message) { Code = "BAD_PAGE_SIZE" };
}
