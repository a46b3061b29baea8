using GraphQL.Types;

namespace WellnessConnection.GraphQL.Filtering;

/// <summary>A <c>{Type}FilterInput</c>, made from the type's <see cref="FilterDefinition{T}"/>.</summary>
public abstract class FilterInputType<T> : InputObjectGraphType
{
    protected FilterInputType(string typeName, FilterDefinition<T> definition)
    {
        Name = $"{typeName}FilterInput";
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
        foreach (var field in definition.Fields)
        {
            AddField(new FieldType { Name = field.Name, Type = field.InputType });
        }
    }
}
