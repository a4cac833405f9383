using System.Text;

namespace TrustCheck.TestKit.Resolution;

/// <summary>pip's answer and the resolver's for one graph.</summary>
/// <param name="Graph">The graph.</param>
/// <param name="Pip">pip's answer.</param>
/// <param name="Resolver">The resolver's (name, version) set; null when it reported the root unresolved.</param>
public sealed record GraphComparison(GeneratedGraph Graph, PipOutcome Pip, IReadOnlySet<(string Name, string Version)>? Resolver)
{
    /// <summary>
    /// Whether both agree: both found no solution, or both found the same set of (normalized name, canonical version).
    /// </summary>
    public bool Agrees => Pip.Installed is null
        ? Resolver is null
        : Resolver is not null && Pip.Installed.SetEquals(Resolver);

    /// <summary>The seed, pip's set and the resolver's set, and what differs; with <paramref name="details"/> also the graph and pip's stderr.</summary>
    /// <param name="details">Whether to include the graph and pip's explanation.</param>
    public string Describe(bool details = false)
    {
        var text = new StringBuilder();
        text.Append("seed ").Append(Graph.Seed).Append(": ").Append(Graph.RootName).Append("==").Append(Graph.RootVersion).Append('\n');
        text.Append("  pip:      ").Append(Format(Pip.Installed)).Append('\n');
        text.Append("  resolver: ").Append(Format(Resolver)).Append('\n');
        if (Pip.Installed is not null && Resolver is not null)
        {
            text.Append("  only pip: ").Append(Format(Pip.Installed.Except(Resolver).ToHashSet())).Append('\n');
            text.Append("  only resolver: ").Append(Format(Resolver.Except(Pip.Installed).ToHashSet())).Append('\n');
        }

        if (details)
        {
            text.Append(Graph.Describe());
            if (Pip.Installed is null)
            {
                text.Append("  pip stderr: ").Append(Pip.Stderr.Trim().Replace("\n", "\n    ", StringComparison.Ordinal)).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>A set as <c>{a==1.0, b==2.0}</c> sorted by name, or <c>no solution</c>.</summary>
    /// <param name="set">The set, or null.</param>
    public static string Format(IReadOnlySet<(string Name, string Version)>? set) =>
        set is null ? "no solution" : "{" + string.Join(", ", set.OrderBy(static r => r.Name, StringComparer.Ordinal).Select(static r => $"{r.Name}=={r.Version}")) + "}";
}
