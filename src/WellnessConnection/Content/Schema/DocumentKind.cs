namespace WellnessConnection.Content.Schema;

public enum DocumentKind
{
    Session,
    Series,
    Topic,
    Facilitator,
    Resource,
    CrisisLine,
    Page,
}
