using System.Linq.Expressions;

namespace WellnessConnection.GraphQL.Filtering;

/// <summary>A column compared with scalar operations: <c>title: { contains: "sleep" }</c>.</summary>
public sealed class ScalarFilterField(string name, LambdaExpression accessor, Type inputType) : FilterField(name)
{
    public override Type InputType => inputType;

    public override Expression Translate(Expression entity, IDictionary<string, object?> operations) =>
        OperationGroups.Translate(operations, ops => ScalarOperations.Translate(Access(accessor, entity), ops));
}
