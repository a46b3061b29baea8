using Microsoft.Extensions.Logging;

namespace WellnessConnection.Tests.Hosting.Operations;

public sealed record CapturedLog(
    string Category,
    LogLevel Level,
    string Message,
    IReadOnlyDictionary<string, object?> Values
);
