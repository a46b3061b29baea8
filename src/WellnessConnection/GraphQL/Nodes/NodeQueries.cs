using GraphQL;
using GraphQL.Types;
using WellnessConnection.GraphQL.Common;

namespace WellnessConnection.GraphQL.Nodes;

public static class NodeQueries
{
    public const int MaxIds = 100;

    public static void Add(ObjectGraphType<object> query)
    {
        query
            .Field<NodeGraphType>("node")
            .Description(
                "Any document by its global id, in the locale the id names, or null if there is none (or it is not "
                    + "published). `locale` applies only to an id without one, as ids were before December 2026."
            )
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .WithLocale()
            .ResolveAsync(async context =>
            {
                var nodes = await NodeResolver.ResolveAsync(
                    context.RequestServices!.Request(),
                    [context.GetArgument<string>("id")],
                    Locales.Of(context),
                    context.CancellationToken
                );
                return nodes[0];
            });
        query
            .Field<NonNullGraphType<ListGraphType<NodeGraphType>>>("nodes")
            .Description($"Documents by global id, in the order asked, null where there is none; at most {MaxIds} ids.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids")
            .WithLocale()
            .ResolveAsync(async context =>
            {
                var ids = context.GetArgument<List<string>>("ids");
                if (ids.Count > MaxIds)
                {
                    throw new ExecutionError(
                        $"{ids.Count} ids were asked for; at most {MaxIds} are allowed per request."
                    )
                    {
                        Code = "TOO_MANY_IDS",
                    };
                }

                return await NodeResolver.ResolveAsync(
                    context.RequestServices!.Request(),
                    ids,
                    Locales.Of(context),
                    context.CancellationToken
                );
            });
    }
}
