using Microsoft.Extensions.DependencyInjection;
using TrustCheck.Attestations.TrustRoot;
using TrustCheck.Sources;

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
            // Sigstore production through TUF, fetched by the engine's resilient, cached HTTP layer.
            var services = new ServiceCollection();
            services.AddTrustCheck();
            await using var provider = services.BuildServiceProvider();
            try
            {
                return await provider.GetRequiredService<ITrustedRootSource>().GetAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (EvidenceSourceException error) when (error.Kind == EvidenceErrorKind.Malformed)
            {
                throw new InvalidDataException(error.Message, error);
            }
        }

        var failure = TrustedRoot.TryParse(bytes, out var root);
        return root ?? throw new InvalidDataException($"The trusted root is not usable: {failure}");
    }
}
