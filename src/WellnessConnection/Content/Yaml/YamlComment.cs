using WellnessConnection.Content.Diagnostics;

namespace WellnessConnection.Content.Yaml;

/// <summary>A <c># ...</c> comment on the same line as an unquoted value: YAML drops it, often to the editor's
/// surprise.</summary>
public sealed record YamlComment(SourcePosition Position, string Text);
