using WellnessConnection.Content.Diagnostics;

namespace WellnessConnection.Content.Yaml;

public sealed record YamlMapping(SourcePosition Position, IReadOnlyList<YamlEntry> Entries) : YamlValue(Position)
{
    public override string Describe() => "a group of `key: value` lines";
}
