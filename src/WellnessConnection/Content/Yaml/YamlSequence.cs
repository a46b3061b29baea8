using WellnessConnection.Content.Diagnostics;

namespace WellnessConnection.Content.Yaml;

public sealed record YamlSequence(SourcePosition Position, IReadOnlyList<YamlValue> Items) : YamlValue(Position)
{
    public override string Describe() => "a list";
}
