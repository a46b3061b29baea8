namespace WellnessConnection.Benchmarks.Corpus;

/// <summary>Every document of a corpus, decided before any file is written.</summary>
public sealed record CorpusPlan(
    IReadOnlyList<TopicTheme> Topics,
    IReadOnlyList<FacilitatorPlan> Facilitators,
    IReadOnlyList<SeriesPlan> Series,
    IReadOnlyList<SessionPlan> Sessions,
    IReadOnlyList<ResourcePlan> Resources
);
