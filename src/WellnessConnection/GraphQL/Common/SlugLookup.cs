using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using WellnessConnection.GraphQL.Memoization;
using WellnessConnection.Storage.Entities;

namespace WellnessConnection.GraphQL.Common;

/// <summary>The <c>session(slug:)</c>, <c>topic(slug:)</c>... fields: one visible document by slug, or null.</summary>
public static class SlugLookup
{
    public static FieldBuilder<object, object> BySlug<TNodeType, TEntity>(
        this ObjectGraphType<object> query,
        string name,
        Func<ContentRequest, string, IQueryable<TEntity>> source
    )
        where TNodeType : IGraphType
        where TEntity : DocumentEntity =>
        query
            .Field<TNodeType>(name)
            .Description($"A {Words(name)} by slug, or null when there is none (or it is not published).")
            .Argument<NonNullGraphType<StringGraphType>>("slug")
            .WithLocale()
            .ResolveAsync(async context =>
            {
                var slug = context.GetArgument<string>("slug");
                var locale = Locales.Of(context);
                var request = context.RequestServices!.Request();
                if (request.Memo is not { } memo)
                {
                    return await source(request, locale)
                        .FirstOrDefaultAsync(d => d.Slug == slug, context.CancellationToken);
                }

                var key = request.MemoKey($"Query.{name}", $"{locale}\n{slug}");
                if (!memo.TryGet<object>(key, out var kept))
                {
                    kept = await source(request, locale)
                        .FirstOrDefaultAsync(d => d.Slug == slug, context.CancellationToken)
                        ?? (object)Absent.Instance;
                    memo.Set(key, kept, MemoSizes.Row);
                }

                return kept as TEntity;
            });

    // crisisLine -> crisis line
    private static string Words(string name) =>
        string.Concat(name.Select(c => char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : c.ToString()));
}
