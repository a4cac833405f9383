using TrustCheck.Attestations.TrustRoot;

namespace TrustCheck.Sources;

/// <summary>The Sigstore trusted root provenance is verified against.</summary>
public interface ITrustedRootSource
{
    /// <summary>Gets the trusted root.</summary>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <returns>The parsed root, shared by every caller for the source's lifetime: do not dispose it.</returns>
    /// <exception cref="EvidenceSourceException">It could not be obtained or verified.</exception>
    Task<TrustedRoot> GetAsync(CancellationToken cancellationToken = default);
}
