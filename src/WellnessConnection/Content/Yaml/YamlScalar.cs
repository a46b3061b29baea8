using WellnessConnection.Content.Diagnostics;

namespace WellnessConnection.Content.Yaml;

/// <summary>A single value. <see cref="IsQuoted"/> tells <c>"yes"</c> (text) from <c>yes</c> (maybe a boolean).</summary>
public sealed record YamlScalar(SourcePosition Position, string Value, bool IsQuoted) : YamlValue(Position)
{
    /// <summary>An unquoted <c>~</c>, <c>null</c> or nothing at all after the colon.</summary>
    public bool IsNull => !IsQuoted && Value is "" or "~" or "null" or "Null" or "NULL";

    public override string Describe() => IsNull ? "nothing" : $"\"{Value}\"";
}
