namespace TrustCheck.Dependencies;

/// <summary>The roots whose release was found, and a problem for each that was not.</summary>
/// <param name="Roots">The found roots, in request order.</param>
/// <param name="Problems">Unknown projects and versions.</param>
internal sealed record RootResolution(IReadOnlyList<ResolvedRoot> Roots, IReadOnlyList<DependencyProblem> Problems);
