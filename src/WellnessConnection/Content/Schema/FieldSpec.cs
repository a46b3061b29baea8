namespace WellnessConnection.Content.Schema;

/// <summary>One front matter field of a document type, as the contract defines it.</summary>
public record FieldSpec(string Name, FieldType Type)
{
    public bool Required { get; init; }

    /// <summary>May a <c>.fr.md</c> translation set this field?</summary>
    public bool Translatable { get; init; }

    /// <summary>The allowed values of a <see cref="FieldType.Choice"/> or <see cref="FieldType.ChoiceList"/>.</summary>
    public IReadOnlyList<string> Choices { get; init; } = [];

    /// <summary>May the value hold line breaks (a <c>|</c> block)? Everything else is one line: titles, URLs,
    /// names.</summary>
    public bool MultiLine { get; init; }

    public int Min { get; init; } = int.MinValue;

    public int Max { get; init; } = int.MaxValue;

    /// <summary>A value that fits this field, for "write `key: value`" hints; empty for a generic one by
    /// type.</summary>
    public string Example { get; init; } = "";

    /// <summary>
    /// Common wrong values of a <see cref="FieldType.Choice"/> or <see cref="FieldType.ChoiceList"/> and the value
    /// meant (<c>YK</c> → <c>YT</c>). They win over "did you mean" by spelling, which would pair <c>YK</c> with
    /// <c>SK</c>.
    /// </summary>
    public IReadOnlyDictionary<string, string> Hints { get; init; } = new Dictionary<string, string>();

    /// <summary>A one-line description for the editors' guide.</summary>
    public string Help { get; init; } = "";
}
