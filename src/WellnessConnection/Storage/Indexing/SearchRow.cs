namespace WellnessConnection.Storage.Indexing;

/// <summary>
/// One document in one locale, as search sees it. <see cref="SearchTable"/> stores the text of the locales of one
/// document (same <see cref="Kind"/> and <see cref="Slug"/>) once when they are the same, as for an untranslated
/// document whose French version inherits the English one.
/// </summary>
public sealed record SearchRow(
    string Kind,
    int Id,
    string Slug,
    string Locale,
    bool Draft,
    DateTime? PublishAt,
    string Title,
    string Text
);
