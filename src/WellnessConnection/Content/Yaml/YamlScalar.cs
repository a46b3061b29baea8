using WellnessConnection.Content.Diagnostics;

namespace WellnessConnection.Content.Yaml;

/// <summary>A single value. <see cref="IsQuoted"/> tells <c>"yes"</c> (text) from <c>yes</c> (maybe a
/// boolean).</summary>
public sealed record YamlScalar(SourcePosition Position, string Value, bool IsQuoted) : YamlValue(Position)
{
    /// <summary>An unquoted <c>~</c>, <c>null</c> or nothing at all after the colon.</summary>
    public bool IsNull => !IsQuoted && Value is "" or "~" or "null" or "Null" or "NULL";

    /// <summary>
    /// The comment right after an unquoted value on its line (<c>title: Session #2</c> is "Session" and the comment
    /// "#2";
    /// <c>title: #1 tip</c> is no value and the comment "#1 tip").
    /// </summary>
    public YamlComment? Comment { get; init; }

    public override string Describe() => IsNull ? "nothing" : $"\"{Value}\"";
}
