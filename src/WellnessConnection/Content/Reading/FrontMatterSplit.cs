namespace WellnessConnection.Content.Reading;

/// <summary>A Markdown file cut into its YAML front matter and its body, with the file line each starts on.</summary>
public sealed record FrontMatterSplit(string Yaml, int YamlFirstLine, string Body, int BodyFirstLine);
