namespace WellnessConnection.Content.Diagnostics;

/// <summary>Collects every problem of a run so that editors see them all at once. Thread-safe.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> items = [];
    private readonly Lock gate = new();

    public void Report(DiagnosticDescriptor descriptor, SourcePosition position, string message)
    {
        lock (gate)
        {
            items.Add(new Diagnostic(position, descriptor.Severity, descriptor.Code, message));
        }
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        lock (gate)
        {
            items.AddRange(diagnostics);
        }
    }

    /// <summary>The problems as reported, unsorted.</summary>
    public IReadOnlyList<Diagnostic> ToList()
    {
        lock (gate)
        {
            return [.. items];
        }
    }

    public bool HasErrors
    {
        get
        {
            lock (gate)
            {
                return items.Exists(d => d.Severity == Severity.Error);
            }
        }
    }

    public bool HasErrorsFor(string path)
    {
        lock (gate)
        {
            return items.Exists(d => d.Severity == Severity.Error && d.Path == path);
        }
    }

    /// <summary>The problems in file order, each reported once.</summary>
    public IReadOnlyList<Diagnostic> ToSortedList()
    {
        lock (gate)
        {
            return items
                .Distinct()
                .OrderBy(d => d.Path, StringComparer.Ordinal)
                .ThenBy(d => d.Line)
                .ThenBy(d => d.Column)
                .ThenBy(d => d.Code, StringComparer.Ordinal)
                .ToList();
        }
    }
}
