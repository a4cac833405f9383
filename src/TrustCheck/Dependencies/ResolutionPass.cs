using TrustCheck.Packaging;

namespace TrustCheck.Dependencies;

/// <summary>
/// One walk of the graph from the roots, wave by wave. Each wave first chooses the versions of the projects it reached
/// (concurrently: project document, then the chosen release's document), then follows the requirements of its
/// resolved nodes in name order. Decisions are taken between fetches, so the outcome does not depend on timing.
/// </summary>
internal sealed class ResolutionPass(ResolutionContext context)
{
    private readonly Dictionary<PackageName, PassNode> _nodes = [];
    private readonly List<PendingEdge> _edges = [];
    private readonly List<DependencyProblem> _problems = [];

    /// <summary>Every project reached.</summary>
    public IReadOnlyCollection<PassNode> Nodes => _nodes.Values;

    /// <summary>Every applicable requirement found, in the order found.</summary>
    public IReadOnlyList<PendingEdge> Edges => _edges;

    /// <summary>Requirements that could not be followed.</summary>
    public IReadOnlyList<DependencyProblem> Problems => _problems;

    /// <summary>The node of a project, if reached.</summary>
    /// <param name="name">The project.</param>
    public PassNode? Find(PackageName name) => _nodes.GetValueOrDefault(name);

    /// <summary>Walks the graph.</summary>
    /// <param name="roots">The roots' releases.</param>
    /// <param name="cancellationToken">Cancels the fetches.</param>
    public async Task RunAsync(IReadOnlyList<ResolvedRoot> roots, CancellationToken cancellationToken)
    {
        var wave = new List<PassNode>();
        foreach (var root in roots)
        {
            var node = new PassNode(root.Name, isRoot: true);
            node.Apply(root.ToSelection());
            node.Extras.UnionWith(root.Extras);
            _nodes.Add(root.Name, node);
            wave.Add(node);
        }

        while (wave.Count > 0)
        {
            await SelectVersionsAsync(wave, cancellationToken).ConfigureAwait(false);
            wave = Expand(wave);
            context.Discovery.Report();
        }
    }

    private Task SelectVersionsAsync(List<PassNode> wave, CancellationToken cancellationToken)
    {
        // Snapshots taken here, before any fetch: the choice depends only on what earlier waves found.
        var selections = wave
            .Where(n => n.State == PassNodeState.Pending)
            .Select(n => SelectAsync(n, [.. n.Incoming.Select(e => e.Parsed.Specifier)], context.Preferred.GetValueOrDefault(n.Name), cancellationToken));
        return Task.WhenAll(selections);
    }

    private async Task SelectAsync(PassNode node, IReadOnlyList<VersionSpecifierSet> specifiers, string? preferred, CancellationToken cancellationToken) =>
        node.Apply(await context.Selector.SelectAsync(node.Name, specifiers, preferred, cancellationToken).ConfigureAwait(false));

    private List<PassNode> Expand(List<PassNode> wave)
    {
        var next = new List<PassNode>();
        foreach (var node in wave.Where(n => n.State == PassNodeState.Resolved && context.Expands(n)).OrderBy(n => n.Name))
        {
            foreach (var requirement in node.RequiresDist)
            {
                if (!node.Settled.Contains(requirement))
                {
                    Follow(node, requirement, next);
                }
            }
        }

        return next;
    }

    /// <summary>Turns one declared requirement into an edge (when it applies) or a problem; queues new work.</summary>
    private void Follow(PassNode node, string text, List<PassNode> next)
    {
        var parsed = context.Requirements.Parse(text);
        if (parsed.Requirement is not { } requirement)
        {
            node.Settled.Add(text);
            _problems.Add(new UnresolvableRequirementProblem(node.Origin, text, UnresolvableReason.InvalidRequirement, parsed.Error ?? string.Empty));
            return;
        }

        bool applies;
        try
        {
            applies = context.Requirements.Applies(requirement, node.Extras);
        }
        catch (MarkerEvaluationException error)
        {
            node.Settled.Add(text);
            _problems.Add(new UnresolvableRequirementProblem(node.Origin, text, UnresolvableReason.MarkerNotEvaluable, error.Message));
            return;
        }

        if (!applies)
        {
            return; // Not settled: an extra requested later may make it apply.
        }

        node.Settled.Add(text);
        var extras = requirement.Extras.Select(PackageName.Normalize).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var edge = new PendingEdge(node, text, requirement, extras);
        _edges.Add(edge);
        if (requirement.Url is { } url)
        {
            _problems.Add(new UnresolvableRequirementProblem(node.Origin, text, UnresolvableReason.DirectReference, url));
            return;
        }

        context.Discovery.Add(edge.To);
        if (!_nodes.TryGetValue(edge.To, out var target))
        {
            target = new PassNode(edge.To, isRoot: false);
            _nodes.Add(edge.To, target);
            next.Add(target);
        }

        target.Incoming.Add(edge);
        var before = target.Extras.Count;
        target.Extras.UnionWith(extras);
        if (target.Extras.Count > before && target.State == PassNodeState.Resolved && !next.Contains(target))
        {
            next.Add(target); // Reached again with new extras: its requirements are evaluated again for the union.
        }
    }
}
