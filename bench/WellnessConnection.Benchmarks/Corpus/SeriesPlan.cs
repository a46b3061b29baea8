namespace WellnessConnection.Benchmarks.Corpus;

public sealed class SeriesPlan
{
    public required string Slug { get; init; }

    public required string Title { get; init; }

    public required TopicTheme Theme { get; init; }

    /// <summary>Its sessions, part 1 first.</summary>
    public List<SessionPlan> Parts { get; } = [];

    public LinkTarget Link => new($"/series/{Slug}", Title);
}
