using System.Collections;
using System.Linq.Expressions;

namespace WellnessConnection.GraphQL.Filtering;

/// <summary>The <c>and</c>/<c>or</c> lists that every filter input accepts beside its own operations.</summary>
public static class OperationGroups
{
    public static Expression Translate(
        IDictionary<string, object?> input,
        Func<IDictionary<string, object?>, Expression> translate
    )
    {
        var own = input.Where(p => p.Key is not ("and" or "or")).ToDictionary(p => p.Key, p => p.Value);
        var result = translate(own);
        if (input.TryGetValue("and", out var and) && and is IEnumerable all)
        {
            foreach (var part in Parts(all))
            {
                result = Expression.AndAlso(result, Translate(part, translate));
            }
        }

        if (input.TryGetValue("or", out var or) && or is IEnumerable any)
        {
            Expression? alternatives = null;
            foreach (var part in Parts(any))
            {
                var condition = Translate(part, translate);
                alternatives = alternatives is null ? condition : Expression.OrElse(alternatives, condition);
            }

            result = Expression.AndAlso(result, alternatives ?? Expression.Constant(false));
        }

        return result;
    }

    private static IEnumerable<IDictionary<string, object?>> Parts(IEnumerable list) =>
        list.Cast<object?>().OfType<IDictionary<string, object?>>();
}
