using NodaTime;

namespace WellnessConnection.Content.Schema.Fields;

/// <summary>The front matter fields of a session (`sessions/`), typed: a builder reads <c>v.Get(SessionFields.X)</c>,
/// and a typo does not compile.</summary>
public static class SessionFields
{
    public static readonly Field<string> Title = new("title", FieldType.Text)
    {
        Required = true,
        Translatable = true,
        Help = "The session's title as published.",
    };

    public static readonly Field<LocalDateTime?> Starts = new("starts", FieldType.LocalDateTime)
    {
        Required = true,
        Help = "Start, wall-clock time in the session's time zone: `2023-12-05T19:00`.",
    };

    public static readonly Field<DateTimeZone> TimeZone = new("timeZone", FieldType.TimeZone)
    {
        Help = "Canadian IANA time zone such as `America/Vancouver`; default from site.yml.",
    };

    public static readonly Field<int?> DurationMinutes = new("durationMinutes", FieldType.Number)
    {
        Min = 15,
        Max = 480,
        Help = "15 to 480; default from site.yml.",
    };

    public static readonly Field<IReadOnlyList<string>> Facilitators = new("facilitators", FieldType.SlugList)
    {
        Required = true,
        Example = "daniela-isfan",
        Help = "Slugs of files in `facilitators/`, at least one.",
    };

    public static readonly Field<IReadOnlyList<string>> Topics = new("topics", FieldType.SlugList)
    {
        Required = true,
        Example = "self-care",
        Help = "Slugs of files in `topics/`, at least one.",
    };

    public static readonly Field<string> Series = new("series", FieldType.Slug)
    {
        Example = "sleep",
        Help = "Slug of a file in `series/`.",
    };

    public static readonly Field<int?> Part = new("part", FieldType.Number)
    {
        Min = 1,
        Help = "Part number within the series, 1 or more; only with `series`.",
    };

    public static readonly Field<IReadOnlyList<string>> Audience = new("audience", FieldType.ChoiceList)
    {
        Choices = Vocabulary.SessionAudiences,
        Help = "Who it is for; default everyone.",
    };

    public static readonly Field<Uri> RegistrationUrl = new("registrationUrl", FieldType.Url)
    {
        Translatable = true,
        Help = "Registration page, `https://...`.",
    };

    public static readonly Field<string> Status = new("status", FieldType.Choice)
    {
        Choices = Vocabulary.SessionStatuses,
        Help = "`scheduled` (default), `cancelled`, `full` or `postponed`.",
    };

    public static readonly Field<string> Summary = new("summary", FieldType.Text)
    {
        Translatable = true,
        MultiLine = true,
        Help = "One or two sentences; default: the first paragraph of the text.",
    };

    public static readonly Field<bool?> Draft = new("draft", FieldType.Bool)
    {
        Help = "`true` keeps the session unpublished.",
    };

    public static readonly Field<LocalDateTime?> PublishAt = new("publishAt", FieldType.LocalDateTime)
    {
        Help = "Not shown before this time (session's time zone): `2023-11-20T09:00`.",
    };
}
