namespace TrustCheck.TestKit.Processes;

/// <summary>What a child process did.</summary>
/// <param name="ExitCode">Its exit code.</param>
/// <param name="Output">Its standard output.</param>
/// <param name="Error">Its standard error.</param>
public sealed record ProcessResult(int ExitCode, string Output, string Error);
