using GraphQL.Types;

namespace WellnessConnection.GraphQL.Filtering;

/// <summary>Base of the <c>...OperationFilterInput</c> types: adds typed operation fields and
/// <c>and</c>/<c>or</c>.</summary>
public abstract class OperationFilterInputType : InputObjectGraphType
{
    protected void Combinators()
    {
        AddField(
            new FieldType
            {
                Name = "and",
                ResolvedType = new ListGraphType(new NonNullGraphType(new GraphQLTypeReference(Name))),
            }
        );
        AddField(
            new FieldType
            {
                Name = "or",
                ResolvedType = new ListGraphType(new NonNullGraphType(new GraphQLTypeReference(Name))),
            }
        );
    }

    protected void Equality(Type scalar)
    {
        Operation("eq", scalar);
        Operation("neq", scalar);
    }

    protected void Membership(Type scalar)
    {
        Operation("in", typeof(ListGraphType<>).MakeGenericType(typeof(NonNullGraphType<>).MakeGenericType(scalar)));
        Operation("nin", typeof(ListGraphType<>).MakeGenericType(typeof(NonNullGraphType<>).MakeGenericType(scalar)));
    }

    protected void Comparison(Type scalar)
    {
        foreach (var name in new[] { "gt", "ngt", "gte", "ngte", "lt", "nlt", "lte", "nlte" })
        {
            Operation(name, scalar);
        }
    }

    protected void Operation(string name, Type type) => AddField(new FieldType { Name = name, Type = type });
}
