using TrustCheck.Packaging;

namespace TrustCheck.Dependencies;

/// <summary>A project reached in one resolution pass, with what it needs and what it has been given.</summary>
internal sealed class PassNode(PackageName name, bool isRoot)
{
    /// <summary>The project.</summary>
    public PackageName Name { get; } = name;

    /// <summary>Whether the project was asked for.</summary>
    public bool IsRoot { get; } = isRoot;

    /// <summary>Where the node stands.</summary>
    public PassNodeState State { get; private set; }

    /// <summary>The version, once resolved.</summary>
    public string? Version { get; private set; }

    /// <summary>The release's <c>requires_dist</c>, once resolved.</summary>
    public IReadOnlyList<string> RequiresDist { get; private set; } = [];

    /// <summary>The extras requested of it so far, normalized.</summary>
    public SortedSet<string> Extras { get; } = new(StringComparer.Ordinal);

    /// <summary>The requirements on it found so far, in the order found.</summary>
    public List<PendingEdge> Incoming { get; } = [];

    /// <summary>Its requirements already turned into edges or problems (by string: duplicates give one edge).</summary>
    public HashSet<string> Settled { get; } = new(StringComparer.Ordinal);

    /// <summary>The release, for edges and problems.</summary>
    /// <exception cref="InvalidOperationException">The node is not resolved.</exception>
    public DependencyOrigin Origin => new(Name, Version ?? throw new InvalidOperationException($"'{Name}' has no version yet."));

    /// <summary>Records the outcome of choosing a version.</summary>
    /// <param name="selection">The outcome.</param>
    public void Apply(Selection selection)
    {
        ArgumentNullException.ThrowIfNull(selection);
        State = selection.State;
        Version = selection.Version;
        RequiresDist = selection.RequiresDist;
    }
}
