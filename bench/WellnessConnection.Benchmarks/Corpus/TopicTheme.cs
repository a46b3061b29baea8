namespace WellnessConnection.Benchmarks.Corpus;

/// <summary>A topic and the words the generator writes about it: session titles, list items, sentences, in English and
/// French.</summary>
public sealed record TopicTheme(
    string Slug,
    string Name,
    string FrenchName,
    string Summary,
    IReadOnlyList<string> Titles,
    IReadOnlyList<string> Points,
    IReadOnlyList<string> Sentences
);
