namespace TrustCheck.Dependencies;

/// <summary>The outcome of choosing a version for a project.</summary>
/// <param name="State">Resolved, or why not.</param>
/// <param name="Version">The version chosen, when resolved.</param>
/// <param name="RequiresDist">Its requirements, when resolved.</param>
internal sealed record Selection(PassNodeState State, string? Version, IReadOnlyList<string> RequiresDist)
{
    /// <summary>The index does not know the project.</summary>
    public static Selection UnknownProject { get; } = new(PassNodeState.UnknownProject, null, []);

    /// <summary>No usable release satisfies any requirement on the project.</summary>
    public static Selection NoMatchingVersion { get; } = new(PassNodeState.NoMatchingVersion, null, []);

    /// <summary>A version was chosen.</summary>
    /// <param name="version">The version.</param>
    /// <param name="requiresDist">Its requirements.</param>
    public static Selection Found(string version, IReadOnlyList<string> requiresDist) => new(PassNodeState.Resolved, version, requiresDist);
}
