using WellnessConnection.Content.Diagnostics;

namespace WellnessConnection.Content.Schema;

/// <summary>The valid, typed fields of one document, each with the position of its key.</summary>
public sealed class FieldValues
{
    private readonly Dictionary<string, (object Value, SourcePosition Position)> values = new(StringComparer.Ordinal);

    private readonly HashSet<string> written = new(StringComparer.Ordinal);

    /// <summary>Records that the editor wrote the key, even if its value turned out invalid.</summary>
    public void MarkWritten(string name) => written.Add(name);

    /// <summary>Did the editor write this key (valid or not)?</summary>
    public bool IsWritten(FieldSpec field) => written.Contains(field.Name);

    public void Set(string name, object value, SourcePosition position) => values[name] = (value, position);

    public bool Has(FieldSpec field) => values.ContainsKey(field.Name);

    public T? Get<T>(Field<T> field) => values.TryGetValue(field.Name, out var v) ? (T)v.Value : default;

    public IReadOnlyList<string> List(Field<IReadOnlyList<string>> field) => Get(field) ?? [];

    public SourcePosition? PositionOf(FieldSpec field) => values.TryGetValue(field.Name, out var v) ? v.Position : null;
}
