using System.CommandLine;
using TrustCheck.LocalFiles;
using TrustCheck.Sources;
using TrustCheck.Verification;

namespace TrustCheck.Cli.Infrastructure;

/// <summary>
/// Runs a command body and maps failures to the contract's exit codes, with one line on stderr; the exception's full
/// detail (stack trace) follows only with <c>--verbose</c> or <c>TRUSTCHECK_DEBUG=1</c>.
/// </summary>
internal static class CommandRunner
{
    public static async Task<int> RunAsync(ParseResult parseResult, Func<TextWriter, Task<int>> body)
    {
        var error = parseResult.InvocationConfiguration.Error;
        CryptoWarmUp.Start();
        try
        {
            return await body(parseResult.InvocationConfiguration.Output).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var (code, message) = Classify(exception);
            await error.WriteLineAsync(message).ConfigureAwait(false);
            if (GlobalOptions.IsVerbose(parseResult))
            {
                await error.WriteLineAsync(exception.ToString()).ConfigureAwait(false);
            }
            else if (code == ExitCodes.InvalidData && message.StartsWith("internal error", StringComparison.Ordinal))
            {
                await error.WriteLineAsync("Run again with --verbose (or TRUSTCHECK_DEBUG=1) for the details, and report it.").ConfigureAwait(false);
            }

            return code;
        }
    }

    private static (int Code, string Message) Classify(Exception exception) => exception switch
    {
        AggregateException { InnerExceptions: var inner } when inner.Count > 0 && inner.All(e => e is Microsoft.Extensions.Options.OptionsValidationException)
            => (ExitCodes.UsageError, "error: " + string.Join("; ", inner.Select(e => e.Message))),
        UsageException or VerificationRequestException or Policies.PolicyFileException or Microsoft.Extensions.Options.OptionsValidationException
            => (ExitCodes.UsageError, "error: " + exception.Message),
        FileNotFoundException or DirectoryNotFoundException => (ExitCodes.UsageError, "error: " + exception.Message),
        Packaging.DependencyFiles.DependencyFileException { InnerException: FileNotFoundException or DirectoryNotFoundException } => (ExitCodes.UsageError, "error: " + exception.Message),
        Packaging.DependencyFiles.DependencyFileException => (ExitCodes.InvalidData, "error: " + exception.Message),
        EvidenceSourceException { Kind: EvidenceErrorKind.Malformed } => (ExitCodes.InvalidData, "error: invalid data: " + exception.Message),
        Engine.Evidence.PackageNotFoundException => (ExitCodes.InvalidData, "error: " + exception.Message),
        HttpRequestException or EvidenceSourceException => (ExitCodes.UpstreamFailure, "error: upstream unavailable: " + exception.Message),
        LocalDocumentException or InvalidDataException or IOException or UnauthorizedAccessException => (ExitCodes.InvalidData, "error: " + exception.Message),

        // A defect, not a verdict: never dressed up as a result. One line here; the detail with --verbose.
        _ => (ExitCodes.InvalidData, $"internal error: {exception.GetType().Name}: {exception.Message}"),
    };
}
