using TrustCheck.Dependencies;

namespace TrustCheck.Tests.Dependencies;

/// <summary>Compact text forms of a graph's parts, for precise assertions.</summary>
internal static class GraphText
{
    /// <summary><c>name==version</c>, with <c>[extras]</c> and a <c>(root)</c> mark.</summary>
    public static string[] Nodes(DependencyGraph graph) =>
        [.. graph.Nodes.Select(n => $"{n.Name}=={n.Version}{(n.Extras.Count > 0 ? $"[{string.Join(',', n.Extras)}]" : "")}{(n.IsRoot ? " (root)" : "")}")];

    /// <summary><c>from==version -> to==version-or-? : requirement</c>.</summary>
    public static string[] Edges(DependencyGraph graph) =>
        [.. graph.Edges.Select(e => $"{e.From}=={e.FromVersion} -> {e.To}=={e.ToVersion ?? "?"} : {e.Requirement}")];

    /// <summary>The problems' types and names.</summary>
    public static string[] Problems(DependencyGraph graph) =>
        [.. graph.Problems.Select(p => $"{p.GetType().Name}: {p.Name}")];
}
