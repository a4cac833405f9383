using TrustCheck.Attestations.TrustRoot;
using TrustCheck.Attestations.Tuf;

namespace TrustCheck.Cli.Infrastructure;

/// <summary>
/// The trusted root a command verifies against: the file given with <c>--trusted-root</c>, or Sigstore's production
/// root obtained through TUF (initial root pinned in code) and cached under the user's cache directory.
/// </summary>
internal static class TrustedRootLoader
{
    public static async Task<TrustedRoot> LoadAsync(FileInfo? file, bool staging, CancellationToken cancellationToken)
    {
        byte[] bytes;
        if (file is not null)
        {
            if (!file.Exists)
            {
                throw new UsageException($"The trusted root '{file.FullName}' does not exist.");
            }

            bytes = await File.ReadAllBytesAsync(file.FullName, cancellationToken).ConfigureAwait(false);
        }
        else if (staging)
        {
            throw new UsageException("--staging needs --trusted-root: no staging TUF root is pinned in this build.");
        }
        else
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            var store = new FileTufMetadataStore(Path.Combine(CacheDirectory(), "tuf", "sigstore-production"));
            var client = new TufClient(new HttpTufRemote(http, HttpTufRemote.SigstoreProduction), store, TufRootPin.SigstoreProduction, TimeProvider.System);
            var target = await client.GetTargetAsync("trusted_root.json", cancellationToken).ConfigureAwait(false);
            bytes = target.Content ?? throw new InvalidDataException($"Sigstore's trusted root could not be obtained through TUF: {target.Failure}");
        }

        var failure = TrustedRoot.TryParse(bytes, out var root);
        return root ?? throw new InvalidDataException($"The trusted root is not usable: {failure}");
    }

    private static string CacheDirectory()
    {
        var configured = Environment.GetEnvironmentVariable("TRUSTCHECK_CACHE_DIR");
        if (!string.IsNullOrEmpty(configured))
        {
            return configured;
        }

        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        var baseDirectory = string.IsNullOrEmpty(xdg) ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache") : xdg;
        return Path.Combine(baseDirectory, "trustcheck");
    }
}
