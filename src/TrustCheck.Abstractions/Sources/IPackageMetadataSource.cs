using TrustCheck.Evidence.PyPi;
using TrustCheck.Packaging;

namespace TrustCheck.Sources;

/// <summary>Release metadata in the shape of PyPI's JSON API (PyPI itself, a mirror, a recorded snapshot).</summary>
public interface IPackageMetadataSource
{
    /// <summary>Gets a project: its latest release and every release's files.</summary>
    /// <param name="name">The project.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <returns>The project, or null when the source does not know it.</returns>
    /// <exception cref="EvidenceSourceException">The source failed.</exception>
    Task<PyPiProject?> GetProjectAsync(PackageName name, CancellationToken cancellationToken = default);

    /// <summary>Gets one release.</summary>
    /// <param name="name">The project.</param>
    /// <param name="version">The version string.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <returns>The release, or null when the source does not know it.</returns>
    /// <exception cref="EvidenceSourceException">The source failed.</exception>
    Task<PyPiRelease?> GetReleaseAsync(PackageName name, string version, CancellationToken cancellationToken = default);
}
