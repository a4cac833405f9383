using TrustCheck.Inspection;
using TrustCheck.Sources;

namespace TrustCheck.Dependencies;

/// <summary>
/// Resolves the dependency graph pip would install for PyPI releases, for one target environment, natively (no pip):
/// the backtracking search of <see cref="Backtracking.BacktrackingResolver"/> over each chosen file's own metadata.
/// See docs/dependencies.md for the semantics and the differential test against pip.
/// </summary>
/// <remarks>
/// An unknown root project or version is not an exception: it is an <see cref="UnknownProjectProblem"/> (with no
/// <see cref="UnknownProjectProblem.RequiredBy"/>) or an <see cref="UnknownVersionProblem"/> in
/// <see cref="DependencyGraph.Problems"/>, and the other roots are still resolved. Failures of the source itself
/// (<see cref="EvidenceSourceException"/>) and cancellation propagate.
/// </remarks>
internal sealed class DependencyResolver(IPackageMetadataSource metadata, ICoreMetadataSource? coreMetadata = null)
{
    private readonly IPackageMetadataSource _metadata = metadata ?? throw new ArgumentNullException(nameof(metadata));

    /// <summary>Resolves the graph of the requested packages.</summary>
    /// <param name="roots">The packages asked for (a version, or null for the latest release).</param>
    /// <param name="mode">How far to follow dependencies: none, the roots' own, or all.</param>
    /// <param name="target">The interpreter and platform markers and <c>Requires-Python</c> are evaluated for.</param>
    /// <param name="discovered">Told the number of distinct projects reached, each time it grows.</param>
    /// <param name="cancellationToken">Cancels the resolution.</param>
    /// <returns>The graph, with a problem for everything that could not be resolved.</returns>
    /// <exception cref="ArgumentException">A project is asked for at two versions, or the target's Python is not X.Y[.Z].</exception>
    /// <exception cref="EvidenceSourceException">The metadata source failed.</exception>
    public Task<DependencyGraph> ResolveAsync(
        IReadOnlyList<PackageRequest> roots,
        DependencyMode mode,
        TargetEnvironment target,
        IProgress<int>? discovered = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(roots);
        return ResolveAsync(roots.Select(DependencyRoot.From).ToList(), mode, target, discovered, cancellationToken);
    }

    /// <summary>Resolves the graph of the requested packages, with extras asked of them.</summary>
    /// <param name="roots">The packages asked for, with their extras.</param>
    /// <param name="mode">How far to follow dependencies: none, the roots' own, or all.</param>
    /// <param name="target">The interpreter and platform markers and <c>Requires-Python</c> are evaluated for.</param>
    /// <param name="discovered">Told the number of distinct projects reached, each time it grows.</param>
    /// <param name="cancellationToken">Cancels the resolution.</param>
    /// <returns>The graph, with a problem for everything that could not be resolved.</returns>
    /// <exception cref="ArgumentException">A project is asked for at two versions, or the target's Python is not X.Y[.Z].</exception>
    /// <exception cref="EvidenceSourceException">The metadata source failed.</exception>
    public async Task<DependencyGraph> ResolveAsync(
        IReadOnlyList<DependencyRoot> roots,
        DependencyMode mode,
        TargetEnvironment target,
        IProgress<int>? discovered = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(roots);
        ArgumentNullException.ThrowIfNull(target);
        var resolver = new Backtracking.BacktrackingResolver(new Backtracking.SourcesResolverIndex(_metadata, coreMetadata, target));
        return await resolver.ResolveAsync(roots, mode, target, discovered, cancellationToken).ConfigureAwait(false);
    }
}
