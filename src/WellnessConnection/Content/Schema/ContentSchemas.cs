using WellnessConnection.Content.Schema.Fields;

namespace WellnessConnection.Content.Schema;

/// <summary>The front matter of every document type: the contract of <c>shared/content-format.md</c> in code.</summary>
public static class ContentSchemas
{
    public static readonly DocumentSchema Site = new(
        DocumentKind.Page,
        "",
        [
            SiteFields.Name,
            SiteFields.DefaultTimeZone,
            SiteFields.DefaultDurationMinutes,
            SiteFields.DefaultLanguage,
            SiteFields.RegistrationBaseUrl,
        ]
    );

    public static readonly DocumentSchema Session = new(
        DocumentKind.Session,
        "sessions",
        [
            SessionFields.Title,
            SessionFields.Starts,
            SessionFields.TimeZone,
            SessionFields.DurationMinutes,
            SessionFields.Facilitators,
            SessionFields.Topics,
            SessionFields.Series,
            SessionFields.Part,
            SessionFields.Audience,
            SessionFields.RegistrationUrl,
            SessionFields.Status,
            SessionFields.Summary,
            SessionFields.Draft,
            SessionFields.PublishAt,
        ]
    );

    public static readonly DocumentSchema Series = new(
        DocumentKind.Series,
        "series",
        [SeriesFields.Title, SeriesFields.Summary, CommonFields.Draft]
    );

    public static readonly DocumentSchema Topic = new(
        DocumentKind.Topic,
        "topics",
        [TopicFields.Name, TopicFields.Summary, TopicFields.Order, CommonFields.Draft]
    );

    public static readonly DocumentSchema Facilitator = new(
        DocumentKind.Facilitator,
        "facilitators",
        [FacilitatorFields.Name, FacilitatorFields.Credentials, FacilitatorFields.Pronouns, CommonFields.Draft]
    );

    public static readonly DocumentSchema Resource = new(
        DocumentKind.Resource,
        "resources",
        [
            ResourceFields.Title,
            ResourceFields.Kind,
            ResourceFields.Url,
            ResourceFields.Topics,
            ResourceFields.Audience,
            ResourceFields.Summary,
            CommonFields.Draft,
        ]
    );

    public static readonly DocumentSchema CrisisLine = new(
        DocumentKind.CrisisLine,
        "crisis-lines",
        [
            CrisisLineFields.Name,
            CrisisLineFields.Scope,
            CrisisLineFields.Regions,
            CrisisLineFields.Audience,
            CrisisLineFields.Phone,
            CrisisLineFields.Text,
            CrisisLineFields.Url,
            CrisisLineFields.Hours,
            CrisisLineFields.Languages,
            CrisisLineFields.LastVerified,
            CrisisLineFields.Source,
            CommonFields.Draft,
        ]
    );

    public static readonly DocumentSchema Page = new(
        DocumentKind.Page,
        "pages",
        [PageFields.Title, PageFields.Summary, PageFields.Order, CommonFields.Draft]
    );

    public static readonly IReadOnlyList<DocumentSchema> Documents =
    [
        Session,
        Series,
        Topic,
        Facilitator,
        Resource,
        CrisisLine,
        Page,
    ];

    public static DocumentSchema For(DocumentKind kind) => Documents.First(d => d.Kind == kind);
}
