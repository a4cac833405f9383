using TrustCheck.Packaging;

namespace TrustCheck.Dependencies.Backtracking;

/// <summary>What the backtracking resolver asks of the index; the engine answers from the JSON and Simple APIs.</summary>
internal interface IResolverIndex
{
    /// <summary>The project's releases usable on the target, in any order; null when the project does not exist.</summary>
    Task<IReadOnlyList<IndexRelease>?> GetReleasesAsync(PackageName name, CancellationToken cancellationToken);

    /// <summary>The metadata of a release's chosen file.</summary>
    Task<ReleaseMetadata> GetMetadataAsync(IndexRelease release, CancellationToken cancellationToken);
}
