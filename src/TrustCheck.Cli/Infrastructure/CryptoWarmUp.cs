using System.Security.Cryptography;

namespace TrustCheck.Cli.Infrastructure;

/// <summary>
/// Loads OpenSSL on the thread pool as a command starts. Every command's first cryptographic call (the SHA-256 of an
/// evidence cache key, while its services are being resolved) otherwise loads and relocates libssl and libcrypto on
/// the command's own path, a few milliseconds of a native tool's start; started here, that overlaps building the
/// command line's services on the other core.
/// </summary>
internal static class CryptoWarmUp
{
    public static void Start() => ThreadPool.UnsafeQueueUserWorkItem(static _ => Load(), state: null);

    private static void Load()
    {
        try
        {
            SHA256.HashData(ReadOnlySpan<byte>.Empty);
        }
        catch (Exception error) when (error is TypeInitializationException or CryptographicException or DllNotFoundException)
        {
            // Not reported here: the command's first real cryptographic call meets the same failure and reports it.
        }
    }
}
