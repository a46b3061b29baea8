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
        Field<NonNullGraphType<IdGraphType>>("id")
            .Description(
                "The global id of this document in the locale it was asked in: the English and French versions "
                    + "have different ids, and node(id:) serves the one the id names."
            )
            .Resolve(context => GlobalId.Encode(name, context.Source.Slug, context.Source.Locale));
        Field(d => d.Slug)
            .Description("The stable public identifier, used in URLs: the file name without date and extension.");
        Field<NonNullGraphType<LocaleGraphType>>("language")
            .Description("The language this document was served in: FR only where a French translation exists.")
            .Resolve(context => context.Source.ServedLanguage);
        Field<NonNullGraphType<MarkdownGraphType>>("body")
            .Resolve(context => context.RequestServices!.Request().Loaders.Bodies.Load(context.Source.BodyId));
    }
}
