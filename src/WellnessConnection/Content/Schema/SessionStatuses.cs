namespace WellnessConnection.Content.Schema;

/// <summary>The values of a session's <c>status</c> (the content contract's vocabulary).</summary>
public static class SessionStatuses
{
    public const string Scheduled = "scheduled";
    public const string Cancelled = "cancelled";
    public const string Full = "full";
    public const string Postponed = "postponed";
}
