using WellnessConnection.Storage.Entities;

namespace WellnessConnection.GraphQL.Memoization;

/// <summary>Rough sizes of what the memo keeps, for its budget: a document row with its short texts, a list of
/// them, a body.</summary>
public static class MemoSizes
{
    public const long Row = 1024;

    public const long Small = 64;

    /// <summary>A body: its texts, two bytes a character.</summary>
    public static long Body(BodyEntity body) =>
        Small + (2L * (body.Markdown.Length + body.Html.Length + body.Text.Length + body.HeadingsJson.Length));

    public static long Rows<T>(IReadOnlyCollection<T> rows) => Small + (rows.Count * Row);
}
