namespace WellnessConnection.Content.Model;

/// <summary>A document in English and, when it has a translation, in French (already merged field by field).</summary>
public sealed record Localized<T>(T English, T? French) : ILocalizedDocument
    where T : ContentDocument
{
    public IReadOnlyList<ContentDocument> Languages => French is null ? [English] : [English, French];

    public string Slug => English.Slug;

    /// <summary>The version to serve in <paramref name="language"/>: the French one when there is one, else the
    /// English.</summary>
    public T In(string language) => language == "fr" && French is not null ? French : English;
}
