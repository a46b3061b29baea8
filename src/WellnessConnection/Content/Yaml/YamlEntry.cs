using WellnessConnection.Content.Diagnostics;

namespace WellnessConnection.Content.Yaml;

/// <summary>One <c>key: value</c> line; <see cref="KeyPosition"/> is where editors look for it.</summary>
public sealed record YamlEntry(string Key, SourcePosition KeyPosition, YamlValue Value);
