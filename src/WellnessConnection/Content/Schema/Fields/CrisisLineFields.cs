using NodaTime;

namespace WellnessConnection.Content.Schema.Fields;

/// <summary>The front matter fields of a crisisline (`crisis-lines/`), typed: a builder reads
/// <c>v.Get(CrisisLineFields.X)</c>, and a typo does not compile.</summary>
public static class CrisisLineFields
{
    public static readonly Field<string> Name = new("name", FieldType.Text)
    {
        Required = true,
        Translatable = true,
        Help = "The service's name.",
    };

    public static readonly Field<string> Scope = new("scope", FieldType.Choice)
    {
        Required = true,
        Choices = Vocabulary.CrisisScopes,
        Help = "`national`, `provincial` or `territorial`.",
    };

    public static readonly Field<IReadOnlyList<string>> Regions = new("regions", FieldType.ChoiceList)
    {
        Required = true,
        Choices = Vocabulary.Regions,
        Example = "QC",
        Hints = Vocabulary.RegionHints,
        Help = "`[CA]` for national, else province or territory codes such as `[QC]`.",
    };

    public static readonly Field<IReadOnlyList<string>> Audience = new("audience", FieldType.ChoiceList)
    {
        Choices = Vocabulary.CrisisAudiences,
        Help = "Who may call.",
    };

    public static readonly Field<IReadOnlyList<string>> Phone = new("phone", FieldType.TextList)
    {
        Example = "\"988\"",
        Help = "Numbers such as `1-800-555-0199` or short codes such as `988`.",
    };

    public static readonly Field<string> Text = new("text", FieldType.Text) { Help = "Number or short code to text." };

    public static readonly Field<Uri> Url = new("url", FieldType.Url)
    {
        Translatable = true,
        Help = "The service's web site.",
    };

    public static readonly Field<string> Hours = new("hours", FieldType.Text)
    {
        Translatable = true,
        Help = "e.g. `24/7`.",
    };

    public static readonly Field<IReadOnlyList<string>> Languages = new("languages", FieldType.LanguageList)
    {
        Help = "ISO 639-1 language codes, e.g. `[en, fr]` or `[en, fr, iu]`.",
    };

    public static readonly Field<LocalDate?> LastVerified = new("lastVerified", FieldType.Date)
    {
        Required = true,
        Help = "When someone last checked these details: `2026-10-01`.",
    };

    public static readonly Field<Uri> Source = new("source", FieldType.Url)
    {
        Required = true,
        Translatable = true,
        Help = "Where they were checked.",
    };
}
