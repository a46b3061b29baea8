namespace WellnessConnection.Storage.Indexing;

/// <summary>
/// One document in one locale, as search sees it. <see cref="SearchTable"/> stores the text of the locales of one
/// document (same <see cref="Kind"/> and <see cref="Slug"/>) once when they are the same, as for an untranslated
/// document whose French version inherits the English one. <see cref="Language"/> is the language the document is
/// served in, in this locale: a search can keep French documents only, leaving out English ones served in French.
/// <see cref="Text"/> is the text of the body <see cref="BodyId"/>, which the full-text table reads it back from.
/// </summary>
public sealed record SearchRow(
    string Kind,
    int Id,
    string Slug,
    string Locale,
    bool Draft,
    DateTime? PublishAt,
    string Title,
    string Text,
    int BodyId,
    string Language
);
