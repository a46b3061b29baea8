namespace WellnessConnection.Content.Schema;

/// <summary>The front matter of every document type: the contract of <c>shared/content-format.md</c> in code.</summary>
public static class ContentSchemas
{
    public static readonly DocumentSchema Site = new(DocumentKind.Page, "", [
        new("name", FieldType.Text) { Required = true, Help = "The program's name, as shown to readers." },
        new("defaultTimeZone", FieldType.TimeZone) { Help = "Canadian IANA time zone of sessions that give none (default `America/Toronto`)." },
        new("defaultDurationMinutes", FieldType.Number) { Min = 15, Max = 480, Help = "Length of sessions that give none (default 60)." },
        new("defaultLanguage", FieldType.Choice) { Choices = Vocabulary.Languages, Help = "`en` (default) or `fr`." },
        new("registrationBaseUrl", FieldType.Url) { Help = "Address of the registration site." },
    ]);

    public static readonly DocumentSchema Session = new(DocumentKind.Session, "sessions", [
        new("title", FieldType.Text) { Required = true, Translatable = true, Help = "The session's title as published." },
        new("starts", FieldType.LocalDateTime) { Required = true, Help = "Start, wall-clock time in the session's time zone: `2023-12-05T19:00`." },
        new("timeZone", FieldType.TimeZone) { Help = "Canadian IANA time zone such as `America/Vancouver`; default from site.yml." },
        new("durationMinutes", FieldType.Number) { Min = 15, Max = 480, Help = "15 to 480; default from site.yml." },
        new("facilitators", FieldType.SlugList) { Required = true, Example = "daniela-isfan", Help = "Slugs of files in `facilitators/`, at least one." },
        new("topics", FieldType.SlugList) { Required = true, Example = "self-care", Help = "Slugs of files in `topics/`, at least one." },
        new("series", FieldType.Slug) { Example = "sleep", Help = "Slug of a file in `series/`." },
        new("part", FieldType.Number) { Min = 1, Help = "Part number within the series, 1 or more; only with `series`." },
        new("audience", FieldType.ChoiceList) { Choices = Vocabulary.SessionAudiences, Help = "Who it is for; default everyone." },
        new("registrationUrl", FieldType.Url) { Translatable = true, Help = "Registration page, `https://...`." },
        new("status", FieldType.Choice) { Choices = Vocabulary.SessionStatuses, Help = "`scheduled` (default), `cancelled`, `full` or `postponed`." },
        new("summary", FieldType.Text) { Translatable = true, MultiLine = true, Help = "One or two sentences; default: the first paragraph of the text." },
        new("draft", FieldType.Bool) { Help = "`true` keeps the session unpublished." },
        new("publishAt", FieldType.LocalDateTime) { Help = "Not shown before this time (session's time zone): `2023-11-20T09:00`." },
    ]);

    public static readonly DocumentSchema Series = new(DocumentKind.Series, "series", [
        new("title", FieldType.Text) { Required = true, Translatable = true, Help = "The series' title." },
        new("summary", FieldType.Text) { Translatable = true, MultiLine = true, Help = "One or two sentences." },
        .. Publishing,
    ]);

    public static readonly DocumentSchema Topic = new(DocumentKind.Topic, "topics", [
        new("name", FieldType.Text) { Required = true, Translatable = true, Help = "The topic as shown in tag lists." },
        new("summary", FieldType.Text) { Translatable = true, MultiLine = true, Help = "One or two sentences." },
        new("order", FieldType.Number) { Help = "Position in the tag list, smallest first." },
        .. Publishing,
    ]);

    public static readonly DocumentSchema Facilitator = new(DocumentKind.Facilitator, "facilitators", [
        new("name", FieldType.Text) { Required = true, Help = "As displayed, e.g. `Dr. Daniela Isfan`." },
        new("credentials", FieldType.Text) { Translatable = true, Help = "e.g. `MD, CCFP`." },
        new("pronouns", FieldType.Text) { Translatable = true, Help = "e.g. `she/her`." },
        .. Publishing,
    ]);

    public static readonly DocumentSchema Resource = new(DocumentKind.Resource, "resources", [
        new("title", FieldType.Text) { Required = true, Translatable = true, Help = "The resource's title." },
        new("kind", FieldType.Choice) { Required = true, Choices = Vocabulary.ResourceKinds, Help = "What it is." },
        new("url", FieldType.Url) { Translatable = true, Help = "Where it is; required unless the text is the resource itself." },
        new("topics", FieldType.SlugList) { Required = true, Example = "self-care", Help = "Slugs of files in `topics/`, at least one." },
        new("audience", FieldType.ChoiceList) { Choices = Vocabulary.SessionAudiences, Help = "Who it is for; default everyone." },
        new("summary", FieldType.Text) { Translatable = true, MultiLine = true, Help = "One or two sentences." },
        .. Publishing,
    ]);

    public static readonly DocumentSchema CrisisLine = new(DocumentKind.CrisisLine, "crisis-lines", [
        new("name", FieldType.Text) { Required = true, Translatable = true, Help = "The service's name." },
        new("scope", FieldType.Choice) { Required = true, Choices = Vocabulary.CrisisScopes, Help = "`national`, `provincial` or `territorial`." },
        new("regions", FieldType.ChoiceList) { Required = true, Choices = Vocabulary.Regions, Example = "QC", Hints = Vocabulary.RegionHints, Help = "`[CA]` for national, else province or territory codes such as `[QC]`." },
        new("audience", FieldType.ChoiceList) { Choices = Vocabulary.CrisisAudiences, Help = "Who may call." },
        new("phone", FieldType.TextList) { Example = "\"988\"", Help = "Numbers such as `1-800-555-0199` or short codes such as `988`." },
        new("text", FieldType.Text) { Help = "Number or short code to text." },
        new("url", FieldType.Url) { Translatable = true, Help = "The service's web site." },
        new("hours", FieldType.Text) { Translatable = true, Help = "e.g. `24/7`." },
        new("languages", FieldType.LanguageList) { Help = "ISO 639-1 language codes, e.g. `[en, fr]` or `[en, fr, iu]`." },
        new("lastVerified", FieldType.Date) { Required = true, Help = "When someone last checked these details: `2026-10-01`." },
        new("source", FieldType.Url) { Required = true, Translatable = true, Help = "Where they were checked." },
        .. Publishing,
    ]);

    public static readonly DocumentSchema Page = new(DocumentKind.Page, "pages", [
        new("title", FieldType.Text) { Required = true, Translatable = true, Help = "The page's title." },
        new("summary", FieldType.Text) { Translatable = true, MultiLine = true, Help = "One or two sentences." },
        new("order", FieldType.Number) { Help = "Position in menus, smallest first." },
        .. Publishing,
    ]);

    public static readonly IReadOnlyList<DocumentSchema> Documents = [Session, Series, Topic, Facilitator, Resource, CrisisLine, Page];

    public static DocumentSchema For(DocumentKind kind) => Documents.First(d => d.Kind == kind);

    /// <summary>Every document type may be a draft (sessions define their own, with the same meaning).</summary>
    private static IReadOnlyList<FieldSpec> Publishing =>
    [
        new("draft", FieldType.Bool) { Help = "`true` keeps the document unpublished." },
    ];
}
