namespace TrustCheck.Dependencies;

/// <summary>Turns the last pass into the <see cref="DependencyGraph"/>: nodes, edges and every problem, sorted.</summary>
internal static class GraphAssembler
{
    /// <summary>Builds the graph.</summary>
    /// <param name="pass">The last pass.</param>
    /// <param name="rootProblems">Roots that were not found.</param>
    /// <param name="metadata">The documents (for the candidates of projects with problems).</param>
    public static DependencyGraph Assemble(ResolutionPass pass, IEnumerable<DependencyProblem> rootProblems, MetadataCache metadata)
    {
        var nodes = pass.Nodes
            .Where(n => n.State == PassNodeState.Resolved)
            .Select(n => new DependencyNode(n.Name, n.Version!, n.IsRoot, [.. n.Extras]))
            .OrderBy(n => n.Name)
            .ToList();
        var edges = pass.Edges
            .Select(e => new DependencyEdge(e.From.Name, e.From.Version!, e.To, ToVersion(e, pass), e.Requirement, e.Extras))
            .OrderBy(e => e.From)
            .ThenBy(e => e.To)
            .ThenBy(e => e.FromVersion, StringComparer.Ordinal)
            .ThenBy(e => e.Requirement, StringComparer.Ordinal)
            .ToList();
        var problems = rootProblems
            .Concat(pass.Problems)
            .Concat(pass.Nodes.SelectMany(n => ProblemsOf(n, metadata)))
            .OrderBy(p => p.Name)
            .ThenBy(p => p.SortKey, StringComparer.Ordinal)
            .ToList();
        return new DependencyGraph(nodes, edges, problems);
    }

    /// <summary>The target's version when it satisfies the edge's requirement, else null.</summary>
    private static string? ToVersion(PendingEdge edge, ResolutionPass pass) =>
        pass.Find(edge.To) is { State: PassNodeState.Resolved, Version: { } version } && edge.IsSatisfiedBy(version) ? version : null;

    private static IEnumerable<DependencyProblem> ProblemsOf(PassNode node, MetadataCache metadata)
    {
        var candidates = node.IsRoot ? null : metadata.TryGetCandidates(node.Name);
        switch (node.State)
        {
            case PassNodeState.UnknownProject:
                yield return new UnknownProjectProblem(node.Name, [.. node.Incoming.Select(e => e.Constraint)]);
                yield break;
            case PassNodeState.NoMatchingVersion:
                foreach (var edge in node.Incoming)
                {
                    yield return new NoMatchingVersionProblem(node.Name, edge.Constraint, candidates?.Diagnose(edge.Parsed.Specifier) ?? NoMatchReason.NoReleases);
                }

                yield break;
            case PassNodeState.Resolved:
                break;
            default:
                throw new InvalidOperationException($"'{node.Name}' was left {node.State} by the pass.");
        }

        // Requirements no release meets on its own are "no matching version"; the others, if some are unmet, conflict.
        var version = node.Version!;
        var alone = candidates is null
            ? []
            : node.Incoming.Where(e => !e.IsSatisfiedBy(version) && candidates.Best(e.Parsed.Specifier) is null).ToList();
        foreach (var edge in alone)
        {
            yield return new NoMatchingVersionProblem(node.Name, edge.Constraint, candidates!.Diagnose(edge.Parsed.Specifier));
        }

        var rest = node.Incoming.Except(alone).ToList();
        var unsatisfied = rest.Where(e => !e.IsSatisfiedBy(version)).ToList();
        if (unsatisfied.Count > 0)
        {
            yield return new VersionConflictProblem(
                node.Name,
                version,
                [.. rest.Except(unsatisfied).Select(e => e.Constraint)],
                [.. unsatisfied.Select(e => e.Constraint)]);
        }
    }
}
