using TrustCheck.Evidence.Simple;
using TrustCheck.Packaging;

namespace TrustCheck.Sources;

/// <summary>One Simple API index (PyPI's, or a private one given as an extra index).</summary>
public interface IPackageIndex
{
    /// <summary>The index's root URL, credentials redacted, for reports.</summary>
    string Url { get; }

    /// <summary>Gets a project's page.</summary>
    /// <param name="name">The project.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <returns>The page, or null when the index does not have the project.</returns>
    /// <exception cref="EvidenceSourceException">The index failed.</exception>
    Task<SimpleProjectPage?> GetProjectPageAsync(PackageName name, CancellationToken cancellationToken = default);
}
