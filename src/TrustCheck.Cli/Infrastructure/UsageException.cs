namespace TrustCheck.Cli.Infrastructure;

/// <summary>The command was invoked with options that do not fit together (exit code 2).</summary>
internal sealed class UsageException(string message) : Exception(message);
