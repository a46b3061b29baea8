using System.Linq.Expressions;
using GraphQL;
using GraphQL.Types;

namespace WellnessConnection.GraphQL.Filtering;

/// <summary>
/// The filterable fields of <typeparamref name="T"/>: the one definition from which both the GraphQL
/// <c>...FilterInput</c> type and the SQL predicate are made, so the two cannot disagree.
/// </summary>
public sealed class FilterDefinition<T> : IFilterDefinition
{
    private readonly List<FilterField> fields = [];

    public IReadOnlyList<FilterField> Fields => fields;

    public FilterDefinition<T> Text(string name, Expression<Func<T, string?>> accessor) =>
        Add(new ScalarFilterField(name, accessor, typeof(StringOperationFilterInputType)));

    public FilterDefinition<T> Number(string name, Expression<Func<T, int?>> accessor) =>
        Add(new ScalarFilterField(name, accessor, typeof(IntOperationFilterInputType)));

    public FilterDefinition<T> Number(string name, Expression<Func<T, int>> accessor) =>
        Add(new ScalarFilterField(name, accessor, typeof(IntOperationFilterInputType)));

    public FilterDefinition<T> DateTime(string name, Expression<Func<T, System.DateTime>> accessor) =>
        Add(new ScalarFilterField(name, accessor, typeof(DateTimeOperationFilterInputType)));

    public FilterDefinition<T> Date(string name, Expression<Func<T, DateOnly>> accessor) =>
        Add(new ScalarFilterField(name, accessor, typeof(DateOperationFilterInputType)));

    public FilterDefinition<T> Enum<TEnum>(string name, Expression<Func<T, string>> accessor)
        where TEnum : EnumerationGraphType, new() =>
        Add(new ScalarFilterField(name, accessor, typeof(EnumOperationFilterInputType<TEnum>)));

    /// <summary>A list of enum values stored as JSON, filtered with <c>some all none any</c>.</summary>
    public FilterDefinition<T> EnumList<TEnum>(string name, Expression<Func<T, List<string>>> accessor)
        where TEnum : EnumerationGraphType, new() =>
        Add(
            new ListFilterField(
                name,
                accessor,
                typeof(string),
                typeof(ListEnumOperationFilterInputType<TEnum>),
                ValueOperations
            )
        );

    /// <summary>A list of strings stored as JSON, filtered with <c>some all none any</c>.</summary>
    public FilterDefinition<T> TextList(string name, Expression<Func<T, List<string>>> accessor) =>
        Add(
            new ListFilterField(
                name,
                accessor,
                typeof(string),
                typeof(ListStringOperationFilterInputType),
                ValueOperations
            )
        );

    /// <summary>Related documents, filtered with their own filter input.</summary>
    public FilterDefinition<T> Documents<TOther, TOtherInput>(
        string name,
        Expression<Func<T, List<TOther>>> accessor,
        FilterDefinition<TOther> other
    )
        where TOtherInput : IInputObjectGraphType =>
        Add(
            new ListFilterField(
                name,
                accessor,
                typeof(TOther),
                typeof(ListFilterInputType<TOtherInput>),
                other.Translate
            )
        );

    public FilterDefinition<T> Document<TOther, TOtherInput>(
        string name,
        Expression<Func<T, TOther?>> accessor,
        FilterDefinition<TOther> other
    )
        where TOtherInput : IInputObjectGraphType =>
        Add(new ObjectFilterField(name, accessor, other, typeof(TOtherInput)));

    public IQueryable<T> Apply(IQueryable<T> query, IDictionary<string, object?>? where)
    {
        if (where is null || where.Count == 0)
        {
            return query;
        }

        FilterSize.Check(where);
        var entity = Expression.Parameter(typeof(T), "e");
        return query.Where(Expression.Lambda<Func<T, bool>>(Translate(entity, where), entity));
    }

    public Expression Translate(Expression entity, IDictionary<string, object?> input) =>
        OperationGroups.Translate(input, own =>
        {
            Expression result = Expression.Constant(true);
            foreach (var (name, operations) in own)
            {
                var field = fields.Find(f => f.Name == name)
                    ?? throw new ExecutionError($"\"{name}\" cannot be filtered on.") { Code = "BAD_FILTER" };
                if (operations is IDictionary<string, object?> dictionary)
                {
                    result = Expression.AndAlso(result, field.Translate(entity, dictionary));
                }
            }

            return result;
        });

    private static Expression ValueOperations(Expression value, IDictionary<string, object?> operations) =>
        OperationGroups.Translate(operations, ops => ScalarOperations.Translate(value, ops));

    private FilterDefinition<T> Add(FilterField field)
    {
        fields.Add(field);
        return this;
    }
}
