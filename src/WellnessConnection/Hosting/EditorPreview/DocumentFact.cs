namespace WellnessConnection.Hosting.EditorPreview;

/// <summary>One line of what a document says besides its title and body: "Facilitators: A, B".</summary>
public sealed record DocumentFact(string Label, IReadOnlyList<FactValue> Values)
{
    /// <summary>A fact of plain values, or none when there is no value.</summary>
    public static IEnumerable<DocumentFact> Of(string label, params IEnumerable<string?> values) =>
        Of(label, values.OfType<string>().Where(v => v.Length > 0).Select(FactValue.Plain));

    /// <summary>A fact, or none when there is no value.</summary>
    public static IEnumerable<DocumentFact> Of(string label, IEnumerable<FactValue> values)
    {
        var list = values.ToList();
        return list.Count == 0 ? [] : [new DocumentFact(label, list)];
    }
}
