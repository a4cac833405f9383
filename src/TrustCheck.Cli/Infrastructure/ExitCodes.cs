namespace TrustCheck.Cli.Infrastructure;

/// <summary>The process exit codes of the command-line contract.</summary>
internal static class ExitCodes
{
    /// <summary>Success; the policy passed or verification succeeded.</summary>
    public const int Success = 0;

    /// <summary>An upstream or network failure.</summary>
    public const int UpstreamFailure = 1;

    /// <summary>A usage error.</summary>
    public const int UsageError = 2;

    /// <summary>Invalid data or an internal error.</summary>
    public const int InvalidData = 3;

    /// <summary>The policy failed, or verification failed.</summary>
    public const int PolicyFailed = 4;
}
