using TrustCheck.Reports.NameCheck;

namespace TrustCheck.Typosquatting;

/// <summary>Checks project names for typosquatting against the popular-projects corpus, without looking the names up.</summary>
public interface INameChecker
{
    /// <summary>Checks names.</summary>
    /// <param name="names">The names, as typed.</param>
    /// <param name="trustedNames">Names the caller trusts (never flagged; imitations of them are).</param>
    /// <param name="cancellationToken">Cancels obtaining the corpus.</param>
    /// <returns>One result per name, in order.</returns>
    /// <exception cref="ArgumentException">A name is not a valid project name.</exception>
    /// <exception cref="Sources.EvidenceSourceException">The corpus could not be obtained.</exception>
    Task<NameCheckReport> CheckAsync(IReadOnlyList<string> names, IReadOnlyList<string> trustedNames, CancellationToken cancellationToken = default);
}
