namespace WellnessConnection.GraphQL.Memoization;

/// <summary>What the memo keeps for a lookup that found nothing, so that "not there" is remembered too.</summary>
public sealed class Absent
{
    public static readonly Absent Instance = new();

    private Absent() { }
}
