namespace WellnessConnection.Content.Schema.Fields;

/// <summary>Fields every document type has (sessions declare their own <c>draft</c>, with the same meaning).</summary>
public static class CommonFields
{
    public static readonly Field<bool?> Draft = new("draft", FieldType.Bool)
    {
        Help = "`true` keeps the document unpublished.",
    };
}
