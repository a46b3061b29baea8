using System.Linq.Expressions;
using System.Reflection;
using WellnessConnection.Storage.Entities;
using WellnessConnection.Storage.Reading;

namespace WellnessConnection.GraphQL.Filtering;

/// <summary>
/// A list: a navigation to other documents (<c>topics: { some: { slug: { eq: "sleep" } } }</c>) or a list of
/// values stored as JSON (<c>audience: { some: { eq: RESIDENTS } }</c>), with <c>some all none any</c>.
/// </summary>
public sealed class ListFilterField(
    string name,
    LambdaExpression accessor,
    Type elementType,
    Type inputType,
    Func<Expression, IDictionary<string, object?>, Expression> translateElement
) : FilterField(name)
{
    private static readonly MethodInfo AnyWithPredicate = Method(nameof(Enumerable.Any), 2);
    private static readonly MethodInfo All = Method(nameof(Enumerable.All), 2);

    public override Type InputType => inputType;

    public override Expression Translate(Expression entity, IDictionary<string, object?> operations)
    {
        var list = Access(accessor, entity);
        Expression? result = null;
        foreach (var (operation, argument) in operations)
        {
            Expression condition = operation switch
            {
                "some" => Call(AnyWithPredicate, list, argument),
                "all" => Call(All, list, argument),
                "none" => Expression.Not(Call(AnyWithPredicate, list, argument)),
                "any" => argument is true
                    ? Call(AnyWithPredicate, list, null)
                    : Expression.Not(Call(AnyWithPredicate, list, null)),
                _ => throw new global::GraphQL.ExecutionError($"Unknown list operation \"{operation}\".")
                {
                    Code = "BAD_FILTER",
                },
            };
            result = result is null ? condition : Expression.AndAlso(result, condition);
        }

        return result ?? Expression.Constant(true);
    }

    /// <param name="argument">The element's operations; null for none (every served element matches).</param>
    private MethodCallExpression Call(MethodInfo method, Expression list, object? argument)
    {
        var element = Expression.Parameter(elementType, "item");
        var body = argument is null
            ? Expression.Constant(true)
            : translateElement(element, argument as IDictionary<string, object?> ?? new Dictionary<string, object?>());

        // Related drafts are never served, so filters must not see them either: a filter on a draft topic's name
        // would otherwise tell what an unpublished document says, and `all` would count topics nobody is shown.
        if (typeof(DocumentEntity).IsAssignableFrom(elementType))
        {
            var served = DocumentVisibility.IsServed(element);
            body = method == All ? Expression.OrElse(Expression.Not(served), body) : Expression.AndAlso(served, body);
        }

        return Expression.Call(method.MakeGenericMethod(elementType), list, Expression.Lambda(body, element));
    }

    private static MethodInfo Method(string name, int parameters) =>
        typeof(Enumerable).GetMethods().First(m => m.Name == name && m.GetParameters().Length == parameters);
}
