using System.Linq.Expressions;
using WellnessConnection.Storage.Entities;
using WellnessConnection.Storage.Reading;

namespace WellnessConnection.GraphQL.Filtering;

/// <summary>A single related document filtered with its own filter input: <c>series: { slug: { eq: "sleep" }
/// }</c>.</summary>
public sealed class ObjectFilterField(
    string name,
    LambdaExpression accessor,
    IFilterDefinition definition,
    Type inputType
) : FilterField(name)
{
    public override Type InputType => inputType;

    public override Expression Translate(Expression entity, IDictionary<string, object?> operations)
    {
        var related = Access(accessor, entity);
        Expression exists = Expression.NotEqual(related, Expression.Constant(null, related.Type));
        if (typeof(DocumentEntity).IsAssignableFrom(related.Type))
        {
            // A draft is not served (the field is null), so it matches no filter either.
            exists = Expression.AndAlso(exists, DocumentVisibility.IsServed(related));
        }

        return Expression.AndAlso(exists, definition.Translate(related, operations));
    }
}
