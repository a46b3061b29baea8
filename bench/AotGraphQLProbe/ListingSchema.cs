using GraphQL.Resolvers;
using GraphQL.Types;

namespace AotGraphQLProbe;

/// <summary>
/// The listing's schema, its fields resolved either by expressions (<c>Field(x =&gt; x.Slug)</c>, which GraphQL.NET
/// compiles, and which Native AOT can only interpret) or by delegates (<c>Resolve(c =&gt; c.Source.Slug)</c>).
/// </summary>
internal static class ListingSchema
{
    public static Schema Create(IReadOnlyList<ListedSession> page, bool expressions)
    {
        var schema = new Schema { Query = new ListingQueryType(page, expressions) };
        schema.Initialize();
        return schema;
    }

    private sealed class ListingQueryType : ObjectGraphType
    {
        public ListingQueryType(IReadOnlyList<ListedSession> page, bool expressions)
        {
            Name = "Query";
            AddField(
                new FieldType
                {
                    Name = "sessions",
                    ResolvedType = ListOf(new SessionType(expressions)),
                    Resolver = new FuncFieldResolver<object>(_ => page),
                }
            );
        }
    }

    private sealed class SessionType : ObjectGraphType<ListedSession>
    {
        public SessionType(bool expressions)
        {
            Name = "Session";
            if (expressions)
            {
                Field(x => x.Slug);
                Field(x => x.Title);
                Field(x => x.Summary);
                Field(x => x.StartsAt);
                Field(x => x.DurationMinutes);
                Field(x => x.Language);
                Field(x => x.Kind);
                Field(x => x.SeriesPart);
                Field(x => x.Online);
                Field(x => x.Series);
            }
            else
            {
                Field<NonNullGraphType<StringGraphType>>("slug").Resolve(c => c.Source.Slug);
                Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => c.Source.Title);
                Field<NonNullGraphType<StringGraphType>>("summary").Resolve(c => c.Source.Summary);
                Field<NonNullGraphType<StringGraphType>>("startsAt").Resolve(c => c.Source.StartsAt);
                Field<NonNullGraphType<IntGraphType>>("durationMinutes").Resolve(c => c.Source.DurationMinutes);
                Field<NonNullGraphType<StringGraphType>>("language").Resolve(c => c.Source.Language);
                Field<NonNullGraphType<StringGraphType>>("kind").Resolve(c => c.Source.Kind);
                Field<NonNullGraphType<IntGraphType>>("seriesPart").Resolve(c => c.Source.SeriesPart);
                Field<NonNullGraphType<BooleanGraphType>>("online").Resolve(c => c.Source.Online);
                Field<NonNullGraphType<StringGraphType>>("series").Resolve(c => c.Source.Series);
            }

            var named = ListOf(new NamedType(expressions));
            AddField(Named("facilitators", named, s => s.Facilitators));
            AddField(Named("topics", named, s => s.Topics));
        }

        private static FieldType Named(
            string name,
            IGraphType type,
            Func<ListedSession, IReadOnlyList<NamedDocument>> list
        ) =>
            new()
            {
                Name = name,
                ResolvedType = type,
                Resolver = new FuncFieldResolver<ListedSession, object>(c => list(c.Source)),
            };
    }

    private sealed class NamedType : ObjectGraphType<NamedDocument>
    {
        public NamedType(bool expressions)
        {
            Name = "Named";
            if (expressions)
            {
                Field(x => x.Slug);
                Field(x => x.Name);
            }
            else
            {
                Field<NonNullGraphType<StringGraphType>>("slug").Resolve(c => c.Source.Slug);
                Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
            }
        }
    }

    private static NonNullGraphType ListOf(IGraphType item) => new(new ListGraphType(new NonNullGraphType(item)));
}
