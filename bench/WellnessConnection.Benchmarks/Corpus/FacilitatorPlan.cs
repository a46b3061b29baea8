namespace WellnessConnection.Benchmarks.Corpus;

public sealed record FacilitatorPlan(string Slug, string Name, string? Credentials, string? Pronouns, int Biography)
{
    public LinkTarget Link => new($"/facilitators/{Slug}", Name);
}
