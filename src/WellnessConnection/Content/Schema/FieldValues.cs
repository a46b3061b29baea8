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
    public bool IsWritten(string name) => written.Contains(name);

    public void Set(string name, object value, SourcePosition position) => values[name] = (value, position);

    public bool Has(string name) => values.ContainsKey(name);

    public T? Get<T>(string name) => values.TryGetValue(name, out var v) ? (T)v.Value : default;

    public T Get<T>(string name, T fallback) => values.TryGetValue(name, out var v) ? (T)v.Value : fallback;

    public IReadOnlyList<string> List(string name) => Get<IReadOnlyList<string>>(name) ?? [];

    public SourcePosition? PositionOf(string name) => values.TryGetValue(name, out var v) ? v.Position : null;
}
