using System.Linq.Expressions;

namespace WellnessConnection.GraphQL.Filtering;

/// <summary>A single related document filtered with its own filter input: <c>series: { slug: { eq: "sleep" } }</c>.</summary>
public sealed class ObjectFilterField(string name, LambdaExpression accessor, IFilterDefinition definition, Type inputType) : FilterField(name)
{
    public override Type InputType => inputType;

    public override Expression Translate(Expression entity, IDictionary<string, object?> operations)
    {
        var related = Access(accessor, entity);
        var exists = Expression.NotEqual(related, Expression.Constant(null, related.Type));
        return Expression.AndAlso(exists, definition.Translate(related, operations));
    }
}
