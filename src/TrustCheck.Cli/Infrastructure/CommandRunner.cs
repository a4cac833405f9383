using System.CommandLine;
using TrustCheck.Attestations.Tuf;
using TrustCheck.Sources;

namespace TrustCheck.Cli.Infrastructure;

/// <summary>Runs a command body and maps failures to the contract's exit codes, with a message on stderr.</summary>
internal static class CommandRunner
{
    public static async Task<int> RunAsync(ParseResult parseResult, Func<TextWriter, Task<int>> body)
    {
        var error = parseResult.InvocationConfiguration.Error;
        try
        {
            return await body(parseResult.InvocationConfiguration.Output).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is UsageException or Policies.PolicyFileException or Microsoft.Extensions.Options.OptionsValidationException)
        {
            await error.WriteLineAsync("error: " + exception.Message).ConfigureAwait(false);
            return ExitCodes.UsageError;
        }
        catch (EvidenceSourceException exception) when (exception.Kind == EvidenceErrorKind.Malformed)
        {
            await error.WriteLineAsync("error: invalid data from upstream: " + exception.Message).ConfigureAwait(false);
            return ExitCodes.InvalidData;
        }
        catch (Engine.Evidence.PackageNotFoundException exception)
        {
            await error.WriteLineAsync("error: " + exception.Message).ConfigureAwait(false);
            return ExitCodes.InvalidData;
        }
        catch (Exception exception) when (exception is TufRemoteException or HttpRequestException or EvidenceSourceException)
        {
            await error.WriteLineAsync("error: upstream unavailable: " + exception.Message).ConfigureAwait(false);
            return ExitCodes.UpstreamFailure;
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync("error: " + exception.Message).ConfigureAwait(false);
            return ExitCodes.InvalidData;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A defect, not a verdict: say so with the full detail rather than dressing it up as a result.
            await error.WriteLineAsync("internal error: " + exception).ConfigureAwait(false);
            return ExitCodes.InvalidData;
        }
    }
}
