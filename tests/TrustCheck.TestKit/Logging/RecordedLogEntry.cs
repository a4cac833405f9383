using Microsoft.Extensions.Logging;

namespace TrustCheck.TestKit.Logging;

/// <summary>One entry kept by <see cref="RecordingLogger{T}"/>.</summary>
/// <param name="Level">The level.</param>
/// <param name="EventId">The event id.</param>
/// <param name="Message">The formatted message.</param>
/// <param name="Exception">The exception logged with it, if any.</param>
public sealed record RecordedLogEntry(LogLevel Level, EventId EventId, string Message, Exception? Exception);
