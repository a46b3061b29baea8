using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace WellnessConnection.Tests.Hosting.Operations;

/// <summary>A logger provider that keeps every record with its structured values.</summary>
/// <param name="observe">Called with each record as it is logged, on the logging thread: for what holds at that
/// moment.</param>
public sealed class LogCapture(Action<CapturedLog>? observe = null) : ILoggerProvider
{
    public ConcurrentQueue<CapturedLog> Records { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, Records, observe);

    public void Dispose() { }

    private sealed class Logger(string category, ConcurrentQueue<CapturedLog> records, Action<CapturedLog>? observe)
        : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(
            LogLevel logLevel,
            EventId eventId,
            TState state,
            Exception? exception,
            Func<TState, Exception?, string> formatter
        )
        {
            var values = state as IEnumerable<KeyValuePair<string, object?>> ?? [];
            var record = new CapturedLog(
                category,
                logLevel,
                formatter(state, exception),
                values.ToDictionary(v => v.Key, v => v.Value)
            );
            records.Enqueue(record);
            observe?.Invoke(record);
        }
    }
}
