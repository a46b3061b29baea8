using GraphQL.Types;
using WellnessConnection.Storage.Entities;

namespace WellnessConnection.GraphQL.Common;

/// <summary>The fields every document type has: <c>id</c>, <c>slug</c>, <c>language</c>, <c>body</c>.</summary>
public abstract class DocumentGraphType<T> : ObjectGraphType<T>
    where T : DocumentEntity
{
    protected DocumentGraphType(string name, string description)
    {
        Name = name;
        Description = description;
        Interface<NodeGraphType>();
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => GlobalId.Encode(name, context.Source.Slug));
        Field(d => d.Slug)
            .Description("The stable public identifier, used in URLs: the file name without date and extension.");
        Field<NonNullGraphType<LocaleGraphType>>("language")
            .Description("The language this document was served in: FR only where a French translation exists.")
            .Resolve(context => context.Source.ServedLanguage);
        Field<NonNullGraphType<MarkdownGraphType>>("body")
            .Resolve(context => context.RequestServices!.Request().Loaders.Bodies.Load(context.Source.BodyId));
    }
}
