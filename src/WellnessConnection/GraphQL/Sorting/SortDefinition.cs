using System.Linq.Expressions;
using GraphQL;

namespace WellnessConnection.GraphQL.Sorting;

/// <summary>
/// The sortable fields of <typeparamref name="T"/> and its default order. Both the GraphQL <c>...SortInput</c> and the
/// SQL <c>ORDER BY</c> come from it. A unique key is always the last one, so that pages never overlap or skip a row.
/// </summary>
/// <param name="tieBreak">
/// The last key: the document's source path, unique per locale and the same whether the index was built whole or
/// patched (row ids are not: a patched index gives a re-indexed document a new id).
/// </param>
public sealed class SortDefinition<T>(Expression<Func<T, string>> tieBreak)
{
    private readonly List<(string Name, LambdaExpression Key)> fields = [];
    private readonly List<(LambdaExpression Key, SortDirection Direction)> defaults = [];

    public IEnumerable<string> FieldNames => fields.Select(f => f.Name);

    public SortDefinition<T> Field<TKey>(string name, Expression<Func<T, TKey>> key)
    {
        fields.Add((name, key));
        return this;
    }

    public SortDefinition<T> DefaultBy<TKey>(
        Expression<Func<T, TKey>> key,
        SortDirection direction = SortDirection.Ascending
    )
    {
        defaults.Add((key, direction));
        return this;
    }

    public IOrderedQueryable<T> Apply(IQueryable<T> query, IEnumerable<object?>? order)
    {
        var keys = new List<(LambdaExpression Key, SortDirection Direction)>();
        foreach (var item in (order ?? []).OfType<IDictionary<string, object?>>())
        {
            foreach (var (name, direction) in item)
            {
                var field = fields.Find(f => f.Name == name);
                if (field.Key is null)
                {
                    throw new ExecutionError($"\"{name}\" cannot be sorted on.") { Code = "BAD_ORDER" };
                }

                keys.Add((field.Key, direction is SortDirection d ? d : SortDirection.Ascending));
            }
        }

        keys.AddRange(keys.Count == 0 ? defaults : []);
        keys.Add((tieBreak, SortDirection.Ascending));

        var ordered = (IOrderedQueryable<T>)query;
        for (var i = 0; i < keys.Count; i++)
        {
            var method = (i == 0, keys[i].Direction) switch
            {
                (true, SortDirection.Ascending) => nameof(Queryable.OrderBy),
                (true, SortDirection.Descending) => nameof(Queryable.OrderByDescending),
                (false, SortDirection.Ascending) => nameof(Queryable.ThenBy),
                _ => nameof(Queryable.ThenByDescending),
            };
            ordered =
                (IOrderedQueryable<T>)
                    ordered.Provider.CreateQuery<T>(
                        Expression.Call(
                            typeof(Queryable),
                            method,
                            [typeof(T), keys[i].Key.ReturnType],
                            ordered.Expression,
                            Expression.Quote(keys[i].Key)
                        )
                    );
        }

        return ordered;
    }
}
