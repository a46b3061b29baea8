using WellnessConnection.Content.Diagnostics;

namespace WellnessConnection.Content.Yaml;

/// <summary>A node of a front matter block, with the position of its first character.</summary>
public abstract record YamlValue(SourcePosition Position)
{
    /// <summary>How an editor would name this kind of value in a message.</summary>
    public abstract string Describe();
}
