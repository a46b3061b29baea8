using GraphQL.Types;

namespace WellnessConnection.GraphQL.Search;

public sealed class TypeCountGraphType : ObjectGraphType<TypeCount>
{
    public TypeCountGraphType()
    {
        Name = "TypeCount";
        Description = "How many matches are of one type.";
        Field<NonNullGraphType<DocumentTypeGraphType>>("type").Resolve(context => context.Source.Type);
        Field(c => c.Count);
    }
}
