namespace WellnessConnection.Content.Schema.Fields;

/// <summary>The front matter fields of a page (`pages/`), typed: a builder reads <c>v.Get(PageFields.X)</c>, and a typo
/// does not compile.</summary>
public static class PageFields
{
    public static readonly Field<string> Title = new("title", FieldType.Text)
    {
        Required = true,
        Translatable = true,
        Help = "The page's title.",
    };

    public static readonly Field<string> Summary = new("summary", FieldType.Text)
    {
        Translatable = true,
        MultiLine = true,
        Help = "One or two sentences.",
    };

    public static readonly Field<int?> Order = new("order", FieldType.Number)
    {
        Help = "Position in menus, smallest first.",
    };
}
