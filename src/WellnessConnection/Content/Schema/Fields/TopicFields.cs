namespace WellnessConnection.Content.Schema.Fields;

/// <summary>The front matter fields of a topic (`topics/`), typed: a builder reads <c>v.Get(TopicFields.X)</c>, and a
/// typo does not compile.</summary>
public static class TopicFields
{
    public static readonly Field<string> Name = new("name", FieldType.Text)
    {
        Required = true,
        Translatable = true,
        Help = "The topic as shown in tag lists.",
    };

    public static readonly Field<string> Summary = new("summary", FieldType.Text)
    {
        Translatable = true,
        MultiLine = true,
        Help = "One or two sentences.",
    };

    public static readonly Field<int?> Order = new("order", FieldType.Number)
    {
        Help = "Position in the tag list, smallest first.",
    };
}
