using WellnessConnection.Content.Schema;
using WellnessConnection.Storage.Reading;

namespace WellnessConnection.Feeds;

/// <summary>The words feeds add around the content, in English and French (French uses a no-break space before a
/// colon).</summary>
public sealed record FeedText
{
    public static readonly FeedText English = new()
    {
        Language = "en",
        CalendarName = "Wellness Connection sessions",
        CalendarDescription =
            "Virtual peer-support sessions for physicians and medical learners, from the Canadian Medical Association.",
        Online = "Online",
        When = "When: ",
        FacilitatedBy = "Facilitated by: ",
        Topics = "Topics: ",
        Series = "Series: ",
        Part = "part",
        Register = "Register: ",
        Cancelled = "Cancelled: ",
        Postponed = "Postponed: ",
        Full = "Full: ",
        CancelledNote = "This session is cancelled and will not take place.",
        PostponedNote = "This session is postponed and will not take place at this time; a new date will be announced.",
        FullNote = "This session is full.",
        AddToCalendar = "Add to calendar",
    };

    public static readonly FeedText French = new()
    {
        Language = "fr",
        CalendarName = "Séances Wellness Connection",
        CalendarDescription =
            "Séances virtuelles de soutien par les pairs pour les médecins et les apprenants en médecine, offertes "
            + "par l’Association médicale canadienne.",
        Online = "En ligne",
        When = "Quand\u00A0: ",
        FacilitatedBy = "Animation\u00A0: ",
        Topics = "Sujets\u00A0: ",
        Series = "Série\u00A0: ",
        Part = "partie",
        Register = "Inscription\u00A0: ",
        Cancelled = "Annulée\u00A0: ",
        Postponed = "Reportée\u00A0: ",
        Full = "Complète\u00A0: ",
        CancelledNote = "Cette séance est annulée et n’aura pas lieu.",
        PostponedNote = "Cette séance est reportée et n’aura pas lieu à cette date; une nouvelle date sera annoncée.",
        FullNote = "Cette séance est complète.",
        AddToCalendar = "Ajouter à l’agenda",
    };

    public required string Language { get; init; }

    public required string CalendarName { get; init; }

    public required string CalendarDescription { get; init; }

    public required string Online { get; init; }

    public required string When { get; init; }

    public required string FacilitatedBy { get; init; }

    public required string Topics { get; init; }

    public required string Series { get; init; }

    public required string Part { get; init; }

    public required string Register { get; init; }

    public required string Cancelled { get; init; }

    public required string Postponed { get; init; }

    public required string Full { get; init; }

    public required string CancelledNote { get; init; }

    public required string PostponedNote { get; init; }

    public required string FullNote { get; init; }

    public required string AddToCalendar { get; init; }

    public static FeedText For(string language) => language == "fr" ? French : English;

    /// <summary>The title with its status in front when it is not simply scheduled: "Cancelled: Burnout
    /// check-in".</summary>
    public string Title(ListedSession session) => StatusPrefix(session.Session.Status) + session.Session.Title;

    public string? StatusNote(string status) =>
        status switch
        {
            SessionStatuses.Cancelled => CancelledNote,
            SessionStatuses.Postponed => PostponedNote,
            SessionStatuses.Full => FullNote,
            _ => null,
        };

    private string StatusPrefix(string status) =>
        status switch
        {
            SessionStatuses.Cancelled => Cancelled,
            SessionStatuses.Postponed => Postponed,
            SessionStatuses.Full => Full,
            _ => "",
        };
}
