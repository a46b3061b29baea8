using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using WellnessConnection.Storage.Entities;

namespace WellnessConnection.GraphQL.Common;

/// <summary>The <c>session(slug:)</c>, <c>topic(slug:)</c>... fields: one visible document by slug, or null.</summary>
public static class SlugLookup
{
    public static FieldBuilder<object, object> BySlug<TNodeType, TEntity>(
        this ObjectGraphType<object> query, string name, Func<ContentRequest, string, IQueryable<TEntity>> source)
        where TNodeType : IGraphType
        where TEntity : DocumentEntity =>
        query.Field<TNodeType>(name)
            .Description($"A {Words(name)} by slug, or null when there is none (or it is not published).")
            .Argument<NonNullGraphType<StringGraphType>>("slug")
            .WithLocale()
            .ResolveAsync(async context =>
            {
                var slug = context.GetArgument<string>("slug");
                return await source(context.RequestServices!.Request(), Locales.Of(context))
                    .FirstOrDefaultAsync(d => d.Slug == slug, context.CancellationToken);
            });

    // crisisLine -> crisis line
    private static string Words(string name) => string.Concat(name.Select(c => char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : c.ToString()));
}
