using System.Text;

namespace WellnessConnection.Benchmarks.Corpus;

/// <summary>Writes a front matter block the way an editor would: one <c>key: value</c> line per field, text in double
/// quotes.</summary>
public sealed class FrontMatter
{
    private readonly StringBuilder yaml = new("---\n");

    public FrontMatter Text(string key, string? value) => value is null ? this : Line(key, Quote(value));

    /// <summary>A value YAML reads as it is: a slug, a number, a date, <c>true</c>.</summary>
    public FrontMatter Plain(string key, string? value) => value is null ? this : Line(key, value);

    public FrontMatter List(string key, IEnumerable<string> values, bool quoted = false)
    {
        var items = values.Select(v => quoted ? Quote(v) : v).ToList();
        return items.Count == 0 ? this : Line(key, "[" + string.Join(", ", items) + "]");
    }

    /// <summary>The block, its closing line and the body.</summary>
    public string WithBody(string body) => yaml + "---\n" + body.TrimEnd('\n') + "\n";

    private FrontMatter Line(string key, string value)
    {
        yaml.Append(key).Append(": ").Append(value).Append('\n');
        return this;
    }

    private static string Quote(string value) =>
        "\""
        + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)
        + "\"";
}
