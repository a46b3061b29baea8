using GraphQL.Types;
using WellnessConnection.Content.Rendering;

namespace WellnessConnection.GraphQL.Common;

public sealed class HeadingGraphType : ObjectGraphType<MarkdownHeading>
{
    public HeadingGraphType()
    {
        Name = "Heading";
        Description = "A heading of a body, for a table of contents.";
        Field(h => h.Level).Description("1 to 6.");
        Field(h => h.Text);
        Field(h => h.Anchor).Description("The id of the heading element in `html`: link to it with `#anchor`.");
    }
}
