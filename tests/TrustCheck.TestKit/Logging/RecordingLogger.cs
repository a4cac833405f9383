using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace TrustCheck.TestKit.Logging;

/// <summary>A logger that keeps every entry (level, event id, message) for a test to inspect; thread-safe.</summary>
/// <typeparam name="T">The category.</typeparam>
public sealed class RecordingLogger<T> : ILogger<T>
{
    private readonly ConcurrentQueue<RecordedLogEntry> _entries = new();

    /// <summary>The entries logged so far, in order.</summary>
    public IReadOnlyCollection<RecordedLogEntry> Entries => _entries;

    /// <inheritdoc />
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    /// <inheritdoc />
    public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

    /// <inheritdoc />
    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        _entries.Enqueue(new RecordedLogEntry(logLevel, eventId, formatter(state, exception), exception));
    }
}
