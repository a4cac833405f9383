namespace TrustCheck.Sources;

/// <summary>The popular-projects corpus typosquatting checks compare names against.</summary>
public interface IPopularPackagesSource
{
    /// <summary>Gets the corpus.</summary>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <returns>The corpus.</returns>
    /// <exception cref="EvidenceSourceException">The list could not be obtained.</exception>
    Task<PopularPackages> GetAsync(CancellationToken cancellationToken = default);
}
