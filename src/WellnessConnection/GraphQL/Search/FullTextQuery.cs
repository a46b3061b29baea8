using System.Text;

namespace WellnessConnection.GraphQL.Search;

/// <summary>
/// Turns what a reader typed into an FTS5 query: every word must match, the last one as a prefix (search as you type).
/// Words are quoted, so FTS5 operators and punctuation in the input are never interpreted.
/// </summary>
public static class FullTextQuery
{
    public const int MaxWords = 12;

    public static string? From(string input)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in input + " ")
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (words.Count == 0)
        {
            return null;
        }

        var quoted = words.Take(MaxWords).Select(w => $"\"{w}\"").ToList();
        quoted[^1] += "*";
        return string.Join(' ', quoted);
    }
}
