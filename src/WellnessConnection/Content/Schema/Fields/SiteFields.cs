using NodaTime;

namespace WellnessConnection.Content.Schema.Fields;

/// <summary>The front matter fields of site.yml, typed: a builder reads <c>v.Get(SiteFields.X)</c>, and a typo does not
/// compile.</summary>
public static class SiteFields
{
    public static readonly Field<string> Name = new("name", FieldType.Text)
    {
        Required = true,
        Help = "The program's name, as shown to readers.",
    };

    public static readonly Field<DateTimeZone> DefaultTimeZone = new("defaultTimeZone", FieldType.TimeZone)
    {
        Help = "Canadian IANA time zone of sessions that give none (default `America/Toronto`).",
    };

    public static readonly Field<int?> DefaultDurationMinutes = new("defaultDurationMinutes", FieldType.Number)
    {
        Min = 15,
        Max = 480,
        Help = "Length of sessions that give none (default 60).",
    };

    public static readonly Field<string> DefaultLanguage = new("defaultLanguage", FieldType.Choice)
    {
        Choices = Vocabulary.Languages,
        Help = "`en` (default) or `fr`.",
    };

    public static readonly Field<Uri> RegistrationBaseUrl = new("registrationBaseUrl", FieldType.Url)
    {
        Help = "Address of the registration site.",
    };
}
