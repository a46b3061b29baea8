namespace WellnessConnection.Content.Schema;

/// <summary>One front matter field of a document type, as the contract defines it.</summary>
public sealed record FieldSpec(string Name, FieldType Type)
{
    public bool Required { get; init; }

    /// <summary>May a <c>.fr.md</c> translation set this field?</summary>
    public bool Translatable { get; init; }

    /// <summary>The allowed values of a <see cref="FieldType.Choice"/> or <see cref="FieldType.ChoiceList"/>.</summary>
    public IReadOnlyList<string> Choices { get; init; } = [];

    public int Min { get; init; } = int.MinValue;

    public int Max { get; init; } = int.MaxValue;

    /// <summary>A one-line description for the editors' guide.</summary>
    public string Help { get; init; } = "";
}
