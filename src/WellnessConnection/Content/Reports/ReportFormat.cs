namespace WellnessConnection.Content.Reports;

/// <summary>How <c>validate</c> prints its report: for people, for tools, or as GitHub annotations.</summary>
public enum ReportFormat
{
    Text,
    Json,
    Github,
}
