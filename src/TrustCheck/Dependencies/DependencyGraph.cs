namespace TrustCheck.Dependencies;

/// <summary>
/// The outcome of a resolution: the releases chosen, every applicable requirement between them and what could not be
/// resolved. Deterministic: nodes sorted by name, edges by (from, to, from-version, requirement), problems by name.
/// </summary>
/// <param name="Nodes">One node per project, roots included.</param>
/// <param name="Edges">One edge per requirement that applies, from every parent.</param>
/// <param name="Problems">What could not be resolved; empty when the graph is complete.</param>
internal sealed record DependencyGraph(IReadOnlyList<DependencyNode> Nodes, IReadOnlyList<DependencyEdge> Edges, IReadOnlyList<DependencyProblem> Problems);
