namespace WellnessConnection.Content.Schema.Fields;

/// <summary>The front matter fields of a series (`series/`), typed: a builder reads <c>v.Get(SeriesFields.X)</c>, and a
/// typo does not compile.</summary>
public static class SeriesFields
{
    public static readonly Field<string> Title = new("title", FieldType.Text)
    {
        Required = true,
        Translatable = true,
        Help = "The series' title.",
    };

    public static readonly Field<string> Summary = new("summary", FieldType.Text)
    {
        Translatable = true,
        MultiLine = true,
        Help = "One or two sentences.",
    };
}
