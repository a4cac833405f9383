namespace TrustCheck.TestKit.Resolution;

/// <summary>What pip answered for one graph: the set it would install, or no solution.</summary>
/// <param name="Installed">The (normalized name, canonical version) pairs of the report's <c>install[]</c>; null when pip found no solution.</param>
/// <param name="Stderr">pip's standard error (the explanation when there is no solution).</param>
public sealed record PipOutcome(IReadOnlySet<(string Name, string Version)>? Installed, string Stderr)
{
    /// <summary>Whether pip found a solution.</summary>
    public bool Solved => Installed is not null;
}
