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
        if (file is { Exists: false })
        {
            throw new UsageException($"The trusted root '{file.FullName}' does not exist.");
        }

        if (file is null && staging)
        {
            throw new UsageException("--staging needs --trusted-root: no staging TUF root is pinned in this build.");
        }

        // The engine's selector reads the file, or fetches Sigstore production through TUF with its resilient, cached
        // HTTP layer: one way to obtain a trusted root for every command.
        var services = new ServiceCollection();
        services.AddTrustCheck().ConfigureSources(sources => sources.TrustedRootFile = file?.FullName);
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
}
