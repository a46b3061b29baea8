namespace WellnessConnection.Content.Schema;

/// <summary>The value types of the content contract (<c>shared/content-format.md</c>).</summary>
public enum FieldType
{
    Text,
    TextList,
    Slug,
    SlugList,
    Url,
    LocalDateTime,
    Date,
    Number,
    Bool,
    Choice,
    ChoiceList,
    LanguageList,
    TimeZone,
}
