namespace WellnessConnection.Benchmarks.Corpus;

public sealed record ResourcePlan(
    string Slug,
    string Title,
    string Kind,
    TopicTheme Theme,
    IReadOnlyList<string> Topics,
    IReadOnlyList<string> Audience,
    bool HasUrl
)
{
    public LinkTarget Link => new($"/resources/{Slug}", Title);
}
