namespace WellnessConnection.Content.Diagnostics;

/// <summary>A kind of problem: its stable code, its severity and a one-line title for the editors' guide.</summary>
public sealed record DiagnosticDescriptor(string Code, Severity Severity, string Title);
