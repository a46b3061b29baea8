namespace WellnessConnection.Content.Schema.Fields;

/// <summary>The front matter fields of a resource (`resources/`), typed: a builder reads
/// <c>v.Get(ResourceFields.X)</c>, and a typo does not compile.</summary>
public static class ResourceFields
{
    public static readonly Field<string> Title = new("title", FieldType.Text)
    {
        Required = true,
        Translatable = true,
        Help = "The resource's title.",
    };

    public static readonly Field<string> Kind = new("kind", FieldType.Choice)
    {
        Required = true,
        Choices = Vocabulary.ResourceKinds,
        Help = "What it is.",
    };

    public static readonly Field<Uri> Url = new("url", FieldType.Url)
    {
        Translatable = true,
        Help = "Where it is; required unless the text is the resource itself.",
    };

    public static readonly Field<IReadOnlyList<string>> Topics = new("topics", FieldType.SlugList)
    {
        Required = true,
        Example = "self-care",
        Help = "Slugs of files in `topics/`, at least one.",
    };

    public static readonly Field<IReadOnlyList<string>> Audience = new("audience", FieldType.ChoiceList)
    {
        Choices = Vocabulary.SessionAudiences,
        Help = "Who it is for; default everyone.",
    };

    public static readonly Field<string> Summary = new("summary", FieldType.Text)
    {
        Translatable = true,
        MultiLine = true,
        Help = "One or two sentences.",
    };
}
