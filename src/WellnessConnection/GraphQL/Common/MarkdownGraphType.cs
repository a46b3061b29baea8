using GraphQL;
using GraphQL.Types;
using WellnessConnection.Content.Rendering;
using WellnessConnection.Storage.Entities;

namespace WellnessConnection.GraphQL.Common;

/// <summary>A Markdown body, rendered at index time: safe HTML, plain text and its outline.</summary>
public sealed class MarkdownGraphType : ObjectGraphType<BodyEntity>
{
    public const int DefaultExcerptLength = 200;

    public MarkdownGraphType()
    {
        Name = "Markdown";
        Field(b => b.Html)
            .Description("HTML safe to insert in any page as it is: no script, no event handler, no raw HTML.");
        Field(b => b.Markdown).Description("The Markdown source as the editor wrote it.");
        Field(b => b.Text).Description("Plain text, paragraphs separated by blank lines.");
        Field<NonNullGraphType<StringGraphType>>("excerpt")
            .Description("The start of the plain text, cut at a word and ended with … when shortened.")
            .Argument<IntGraphType>("length", a => a.DefaultValue = DefaultExcerptLength)
            .Resolve(context =>
            {
                var length = context.GetArgument("length", DefaultExcerptLength);
                if (length is < 1 or > 5000)
                {
                    throw new ExecutionError("`length` must be between 1 and 5000.") { Code = "BAD_ARGUMENT" };
                }

                return MarkdownRenderer.Excerpt(context.Source.Text, length);
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<HeadingGraphType>>>>("headings")
            .Resolve(context => HeadingsJson.Read(context.Source.HeadingsJson));
        Field(b => b.ReadingTimeMinutes).Description("At 200 words a minute, rounded up.");
    }
}
