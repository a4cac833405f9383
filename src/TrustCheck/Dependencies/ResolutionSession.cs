namespace TrustCheck.Dependencies;

/// <summary>
/// One resolution: the roots are found once, then passes run until the versions chosen satisfy every requirement
/// found, or a pass learns nothing new, or <see cref="MaxPasses"/> is reached. After a pass, a project whose version
/// fails a requirement found later is given, for the next pass, the best version satisfying all its requirements.
/// </summary>
internal sealed class ResolutionSession(ResolutionContext context)
{
    /// <summary>The most passes one resolution runs.</summary>
    public const int MaxPasses = 8;

    /// <summary>Resolves the graph.</summary>
    /// <param name="roots">The roots.</param>
    /// <param name="cancellationToken">Cancels the fetches.</param>
    public async Task<DependencyGraph> RunAsync(IReadOnlyList<DependencyRoot> roots, CancellationToken cancellationToken)
    {
        var found = await RootResolver.ResolveAsync(roots, context.Metadata, cancellationToken).ConfigureAwait(false);
        foreach (var root in roots)
        {
            context.Discovery.Add(root.Name);
        }

        context.Discovery.Report();
        ResolutionPass pass;
        var passes = 0;
        do
        {
            pass = new ResolutionPass(context);
            await pass.RunAsync(found.Roots, cancellationToken).ConfigureAwait(false);
            passes++;
        }
        while (passes < MaxPasses && LearnFrom(pass));

        return GraphAssembler.Assemble(pass, found.Problems, context.Metadata);
    }

    /// <summary>Records better versions for projects whose version fails a requirement; true when one changed.</summary>
    private bool LearnFrom(ResolutionPass pass)
    {
        var learned = false;
        foreach (var node in pass.Nodes.Where(n => n.State == PassNodeState.Resolved && !n.IsRoot).OrderBy(n => n.Name))
        {
            if (node.Incoming.TrueForAll(e => e.IsSatisfiedBy(node.Version!)))
            {
                continue;
            }

            var all = VersionSelector.Combine(node.Incoming.Select(e => e.Parsed.Specifier));
            if (context.Metadata.TryGetCandidates(node.Name)?.Best(all) is not { } better
                || string.Equals(better.Text, node.Version, StringComparison.Ordinal)
                || (context.Preferred.TryGetValue(node.Name, out var tried) && string.Equals(tried, better.Text, StringComparison.Ordinal)))
            {
                continue;
            }

            context.Preferred[node.Name] = better.Text;
            learned = true;
        }

        return learned;
    }
}
