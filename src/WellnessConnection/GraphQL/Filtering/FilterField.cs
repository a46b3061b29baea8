using System.Linq.Expressions;

namespace WellnessConnection.GraphQL.Filtering;

/// <summary>One field of a <c>...FilterInput</c>: its GraphQL input type and how its operations become a LINQ
/// predicate.</summary>
public abstract class FilterField(string name)
{
    public string Name { get; } = name;

    /// <summary>The graph type of the field's operations, e.g. <c>StringOperationFilterInput</c>.</summary>
    public abstract Type InputType { get; }

    /// <param name="entity">The expression of the entity the field belongs to.</param>
    /// <param name="operations">The operations the client sent, e.g. <c>{ eq: "x" }</c>.</param>
    public abstract Expression Translate(Expression entity, IDictionary<string, object?> operations);

    /// <summary>Replaces the parameter of <paramref name="accessor"/> by <paramref name="entity"/>.</summary>
    protected static Expression Access(LambdaExpression accessor, Expression entity) =>
        new ParameterReplacer(accessor.Parameters[0], entity).Visit(accessor.Body);

    private sealed class ParameterReplacer(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) =>
            node == parameter ? replacement : node;
    }
}
