namespace WellnessConnection.GraphQL.Memoization;

/// <summary>Rough sizes of what the memo keeps, for its budget: a document row with its short texts, a list of
/// them.</summary>
public static class MemoSizes
{
    public const long Row = 1024;

    public const long Small = 64;

    public static long Rows<T>(IReadOnlyCollection<T> rows) => Small + (rows.Count * Row);
}
