namespace WellnessConnection.Content.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}
