namespace WellnessConnection.Content.Diagnostics;

/// <summary>One problem found in the content, printed as <c>path:line:column: error CODE: message</c>.</summary>
public sealed record Diagnostic(SourcePosition Position, Severity Severity, string Code, string Message)
{
    public string Path => Position.Path;

    public int Line => Position.Line;

    public int Column => Position.Column;

    public override string ToString() =>
        $"{Path}:{Line}:{Column}: {(Severity == Severity.Error ? "error" : "warning")} {Code}: {Message}";
}
