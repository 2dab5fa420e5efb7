using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ParIndex.Rules.Tests;

/// <summary>A logger provider that keeps every message, with its exception's text, for a test to read (linked into the web API's tests).</summary>
internal sealed class CollectingLogs(ConcurrentQueue<string> logs) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new Logger(logs);

    public void Dispose()
    {
    }

    private sealed class Logger(ConcurrentQueue<string> logs) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            logs.Enqueue(formatter(state, exception) + (exception is null ? string.Empty : Environment.NewLine + exception));
    }
}
