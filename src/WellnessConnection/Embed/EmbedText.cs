using WellnessConnection.Content.Schema;

namespace WellnessConnection.Embed;

/// <summary>The listing's own words in English and French; <c>sessions.js</c> has the same ones.</summary>
public sealed record EmbedText
{
    public static readonly EmbedText English = new()
    {
        Language = "en",
        PageTitle = "Upcoming sessions – Wellness Connection",
        Heading = "Upcoming sessions",
        Register = "Register",
        RegisterFor = " for ",
        Separator = ": ",
        NewTab = " (opens in a new tab)",
        AddToCalendar = "Add to calendar",
        YourTime = "Your time: ",
        With = "With ",
        None = "No upcoming sessions at the moment.",
        Subscribe = "Subscribe to these sessions in your calendar",
        Provider = "Wellness Connection, Canadian Medical Association",
        Organizer = "Canadian Medical Association",
        Cancelled = "Cancelled",
        Postponed = "Postponed",
        Full = "Full",
    };

    public static readonly EmbedText French = new()
    {
        Language = "fr",
        PageTitle = "Séances à venir – Wellness Connection",
        Heading = "Séances à venir",
        Register = "S’inscrire",
        RegisterFor = "\u00A0: ",
        Separator = "\u00A0: ",
        NewTab = " (s’ouvre dans un nouvel onglet)",
        AddToCalendar = "Ajouter à l’agenda",
        YourTime = "Votre heure\u00A0: ",
        With = "Avec ",
        None = "Aucune séance à venir pour le moment.",
        Subscribe = "S’abonner à ces séances dans votre agenda",
        Provider = "Wellness Connection, Association médicale canadienne",
        Organizer = "Association médicale canadienne",
        Cancelled = "Annulée",
        Postponed = "Reportée",
        Full = "Complète",
    };

    public required string Language { get; init; }

    public required string PageTitle { get; init; }

    public required string Heading { get; init; }

    public required string Register { get; init; }

    public required string RegisterFor { get; init; }

    public required string Separator { get; init; }

    public required string NewTab { get; init; }

    public required string AddToCalendar { get; init; }

    public required string YourTime { get; init; }

    public required string With { get; init; }

    public required string None { get; init; }

    public required string Subscribe { get; init; }

    public required string Provider { get; init; }

    public required string Organizer { get; init; }

    public required string Cancelled { get; init; }

    public required string Postponed { get; init; }

    public required string Full { get; init; }

    public static EmbedText For(string language) => language == "fr" ? French : English;

    /// <summary>The badge of a session that is not simply scheduled, or null.</summary>
    public string? Badge(string status) =>
        status switch
        {
            SessionStatuses.Cancelled => Cancelled,
            SessionStatuses.Postponed => Postponed,
            SessionStatuses.Full => Full,
            _ => null,
        };
}
